package app.kith.bench;

import app.kith.exchange.contacts.GeneratedCards;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing 10,000 generated vCards into an empty journal (preview and write, as {@code kith import} does), and
 * the preview alone (read, map, match: everything but the write), against ez-vcard parsing the same file alone.
 * The report gives both as multiples of the parse ({@link BenchReport}). Replaces the bench main
 * exchange.contacts.VCardImportBench. Twelve warm-up shots: after eight, the preview's first measured shots still took
 * up to 1.7 times its steady time while its code (more of it than the parse's) was being compiled, which measured
 * the JIT rather than the import.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 12)
@Measurement(iterations = 10)
public class VCardBench {

    static final int CARDS = 10_000;

    @Benchmark
    public int parseOnly(Cards cards) throws IOException {
        int read = 0;
        try (VCardReader reader = new VCardReader(cards.file)) {
            VCard card;
            while ((card = reader.readNext()) != null) {
                if (card.getFormattedName() != null) {
                    read++;
                }
            }
        }
        return check(read);
    }

    @Benchmark
    public int previewOnly(Cards cards) {
        ImportPreview preview = ContactImport.preview(List.of(cards.file), ColumnMapping.NONE, cards.journal,
                MatchKeys.ofDefaultLocale(), MatchChoice.MERGE, () -> false);
        return check(preview.candidates().size());
    }

    @Benchmark
    public int importAll(Cards cards) {
        ImportPreview preview = ContactImport.preview(List.of(cards.file), ColumnMapping.NONE, cards.journal,
                MatchKeys.ofDefaultLocale(), MatchChoice.MERGE, () -> false);
        ContactImportResult result = ContactImport.apply(cards.journal, preview, preview.candidates(),
                ImportProgress.NONE);
        return check(result.outcome().peopleAdded());
    }

    private static int check(int count) {
        if (count != CARDS) {
            throw new IllegalStateException(count + " cards, not " + CARDS);
        }
        return count;
    }

    /** The generated address book, and an empty journal for each call. */
    @State(Scope.Thread)
    public static class Cards {
        Path file;
        Journal journal;
        private Path work;
        private Path folder;

        @Setup(Level.Trial)
        public void write() throws IOException {
            work = Files.createTempDirectory("kith-bench-vcard");
            file = work.resolve("contacts.vcf");
            new GeneratedCards(7, 0).write(file, CARDS);
        }

        @Setup(Level.Invocation)
        public void open() throws IOException {
            folder = Files.createTempDirectory(work, "journal");
            journal = Journal.open(folder, Clock.systemDefaultZone());
        }

        @TearDown(Level.Invocation)
        public void close() {
            journal.close();
            BenchJournals.deleteTree(folder);
        }

        @TearDown(Level.Trial)
        public void delete() {
            BenchJournals.deleteTree(work);
        }
    }
}
