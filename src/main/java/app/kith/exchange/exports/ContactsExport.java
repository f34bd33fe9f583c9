package app.kith.exchange.exports;

import app.kith.domain.Person;
import app.kith.exchange.ExchangeException;
import app.kith.exchange.WholeFile;
import app.kith.exchange.csv.PeopleSheet;
import app.kith.exchange.vcard.VCardContacts;
import app.kith.insight.JournalInsight;
import app.kith.store.Journal;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The journal's people written for other programs: a vCard 4.0 file for address books, or a CSV file
 * for a spreadsheet with the scores as of today. Everyone, the people with a tag, or the people
 * chosen. The file appears whole or not at all ({@link WholeFile}); the journal is only read.
 */
public final class ContactsExport {

    /** Told how far the export has come, and asked whether to stop. */
    public interface Progress {
        /** Reports nothing and never stops. */
        Progress NONE = (done, total) -> { };

        void written(int done, int total);

        /** Polled between people: true stops the export, and no file is written. */
        default boolean stopRequested() {
            return false;
        }
    }

    /** The export was stopped on request: no file was written. */
    public static final class Stopped extends ExchangeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("The export was stopped: no file was written.");
        }
    }

    private static final int REPORT_EVERY = 100;

    private final Journal journal;
    private final Clock clock;

    public ContactsExport(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** What a file is written as, by its extension. */
    public enum Format {
        VCARD("vcf", "vCard"),
        CSV("csv", "CSV");

        private final String extension;
        private final String label;

        Format(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }

        /** The format a file's extension names (without the dot, any case), if it is one of these. */
        public static Optional<Format> ofExtension(String extension) {
            return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
        }

        /** "vcf" */
        public String extension() {
            return extension;
        }

        /** "vCard" */
        public String label() {
            return label;
        }
    }

    /**
     * Everyone in name order with every detail, or those with the tag (ignoring case).
     *
     * @param tag the tag, or null for everyone
     */
    public List<Person> people(String tag) {
        return journal.people().all().stream()
                .filter(p -> tag == null || app.kith.domain.Tags.contains(p.tags(), tag))
                .toList();
    }

    /** These people, in name order, with every detail (one no longer in the journal is left out). */
    public List<Person> people(Collection<UUID> ids) {
        return ids.stream().distinct().map(id -> journal.people().get(id)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Writes the people to the file in the format.
     *
     * @param replace whether an existing file may be replaced
     * @return how many people were written
     * @throws ExchangeException with a sentence when the file cannot be written; no file is left behind then
     * @throws Stopped when the progress asked to stop
     */
    public int export(Path file, Format format, List<Person> people, boolean replace, Progress progress) {
        Counted counted = new Counted(progress, people.size());
        return WholeFile.write(file, replace, temporary -> switch (format) {
            case VCARD -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                    yield VCardContacts.write(people, out, counted::one);
                }
            }
            case CSV -> {
                JournalInsight scores = journal.scores().asOf(LocalDate.now(clock));
                List<PeopleSheet.Row> rows = people.stream().map(p -> new PeopleSheet.Row(p,
                        p.archived() ? null : scores.find(p.id()).orElse(null))).toList();
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    yield PeopleSheet.write(rows, out, counted::one);
                }
            }
        });
    }

    /** Counts the people written, tells the progress, and stops when asked. */
    private static final class Counted {
        private final Progress progress;
        private final int total;
        private int done;

        Counted(Progress progress, int total) {
            this.progress = progress;
            this.total = total;
            progress.written(0, total);
        }

        void one() {
            done++;
            if (done % REPORT_EVERY == 0 || done == total) {
                if (progress.stopRequested()) {
                    throw new Stopped();
                }
                progress.written(done, total);
            }
        }
    }
}
