package app.kith.exchange.contacts;

import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.imports.ContactImport;
import app.kith.exchange.imports.ImportPreview;
import app.kith.store.ContactImportResult;
import app.kith.store.ImportProgress;
import app.kith.store.Journal;
import app.kith.store.MatchChoice;
import app.kith.store.MatchKeys;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a test: importing 10,000 vCards against ez-vcard parsing them alone (PRODUCT.md: the import takes at
 * most twice as long), side by side in one run. The two alternate round by round (which goes first swaps
 * each round), after warm-up rounds, and the medians are compared. The import is what {@code kith import}
 * does: the preview (each card parsed by ez-vcard, made a person, photos scaled, everyone matched), then
 * the write into an empty journal in one transaction; both are reported, apart and together. Opening and
 * closing that journal are not counted. Each is timed twice: on the wall clock, and as the CPU time of the
 * thread that does it (everything here runs on the calling thread, H2's writes included), which holds steady
 * on a machine whose other work makes the wall clock swing.
 *
 * <p>{@code java -cp "target/test-classes:target/classes:target/lib/*" app.kith.exchange.contacts.VCardImportBench
 * [CARDS] [ROUNDS] [PHOTO_PERCENT]} (defaults 10000, 9, 0).
 */
public final class VCardImportBench {

    private static final int WARM_UP = 2;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private VCardImportBench() {
    }

    public static void main(String[] args) throws IOException {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        int photos = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path work = Files.createTempDirectory("kith-vcard-bench");
        try {
            Path file = work.resolve("contacts.vcf");
            new GeneratedCards(7, photos).write(file, cards);
            System.out.printf(Locale.ROOT, "%,d cards (%d%% with a photo), %,d bytes; %d warm-up and %d measured"
                    + " rounds each, alternating%n", cards, photos, Files.size(file), WARM_UP, rounds);
            for (int i = 0; i < WARM_UP; i++) {
                parse(file, cards);
                importInto(work.resolve("warm" + i), file, cards);
            }
            double[][] parse = new double[2][rounds];
            double[][] previews = new double[2][rounds];
            double[][] imports = new double[2][rounds];
            for (int round = 0; round < rounds; round++) {
                Path folder = work.resolve("round" + round);
                double[] alone;
                double[] kith;
                if (round % 2 == 0) {
                    alone = parse(file, cards);
                    kith = importInto(folder, file, cards);
                } else {
                    kith = importInto(folder, file, cards);
                    alone = parse(file, cards);
                }
                for (int clock = 0; clock < 2; clock++) {
                    parse[clock][round] = alone[clock];
                    previews[clock][round] = kith[clock];
                    imports[clock][round] = kith[2 + clock];
                }
                System.out.printf(Locale.ROOT, "round %d: parse %.0f ms (CPU %.0f); Kith preview %.0f ms (CPU %.0f),"
                        + " whole import %.0f ms (CPU %.0f)%n", round + 1, alone[0], alone[1], kith[0], kith[1],
                        kith[2], kith[3]);
            }
            for (int clock = 0; clock < 2; clock++) {
                double parseMedian = median(parse[clock]);
                System.out.printf(Locale.ROOT, "median %s: ez-vcard parse only %.0f ms; Kith preview (read, map, match)"
                        + " %.0f ms = %.2f x; whole import (preview and write) %.0f ms = %.2f x%n",
                        clock == 0 ? "wall clock" : "thread CPU", parseMedian, median(previews[clock]),
                        median(previews[clock]) / parseMedian, median(imports[clock]),
                        median(imports[clock]) / parseMedian);
            }
        } finally {
            delete(work);
        }
    }

    /**
     * ez-vcard alone: every card of the file read into a VCard.
     *
     * @return the wall clock's milliseconds and the thread's CPU milliseconds
     */
    private static double[] parse(Path file, int expected) throws IOException {
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        int read = 0;
        try (VCardReader reader = new VCardReader(file)) {
            VCard card;
            while ((card = reader.readNext()) != null) {
                if (card.getFormattedName() != null) {
                    read++;
                }
            }
        }
        double[] millis = {(System.nanoTime() - start) / 1e6, (CPU.getCurrentThreadCpuTime() - cpu) / 1e6};
        check(read, expected, "parsed");
        return millis;
    }

    /**
     * Kith: the preview and the import into an empty journal, as {@code kith import} does them.
     *
     * @return the preview's milliseconds and the whole import's, each on the wall clock and in CPU time
     */
    private static double[] importInto(Path folder, Path file, int expected) {
        try (Journal journal = Journal.open(folder, Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            ImportPreview preview = ContactImport.preview(List.of(file), ColumnMapping.NONE, journal,
                    MatchKeys.ofDefaultLocale(), MatchChoice.MERGE, () -> false);
            long previewed = System.nanoTime();
            long previewedCpu = CPU.getCurrentThreadCpuTime();
            ContactImportResult result = ContactImport.apply(journal, preview, preview.candidates(),
                    ImportProgress.NONE);
            double millis = (System.nanoTime() - start) / 1e6;
            double cpuMillis = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
            check(result.outcome().peopleAdded(), expected, "imported");
            return new double[] {(previewed - start) / 1e6, (previewedCpu - cpu) / 1e6, millis, cpuMillis};
        } finally {
            delete(folder);
        }
    }

    private static void check(int count, int expected, String what) {
        if (count != expected) {
            throw new IllegalStateException(what + " " + count + " cards, not " + expected);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is no reason to lose the figures.
        }
    }
}
