package app.kith.exchange.imports;

import app.kith.exchange.archive.ArchiveContent;
import app.kith.exchange.archive.ArchiveImport;
import app.kith.exchange.archive.ArchiveProgress;
import app.kith.exchange.contacts.ContactFileRefused;
import app.kith.exchange.contacts.ContactFormat;
import app.kith.exchange.contacts.ContactRecord;
import app.kith.exchange.contacts.ContactSink;
import app.kith.exchange.contacts.Rejection;
import app.kith.exchange.contacts.TextInput;
import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.csv.CsvContacts;
import app.kith.exchange.vcard.VCardContacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Reads any file {@code kith import} is given, recognising what it is from its content, whatever its
 * name says: a Kith archive, a vCard file, or a CSV export (a dialect Kith knows, or one the user
 * mapped). Memory stays bounded: a file with more people, or more photo bytes after scaling, than
 * one import takes is refused with a sentence instead of filling the memory.
 */
public final class ContactFiles {

    /** More people than this in one file is not an address book Kith can preview. */
    public static final int MAX_PEOPLE = 50_000;
    /** Photos are scaled to a few KB each; more than this in one file is refused. */
    static final long MAX_PHOTO_BYTES = 96L * 1024 * 1024;

    private ContactFiles() {
    }

    /** What the file is, from its first bytes. @throws ContactFileRefused when it is nothing Kith reads */
    public static ContactFormat recognise(TextInput input) {
        String head = input.head().stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            if (head.contains("\"kith-archive\"")) {
                return ContactFormat.KITH_ARCHIVE;
            }
            throw new ContactFileRefused(input.file(), "is JSON, but not a Kith archive");
        }
        List<String> lines = head.lines().limit(400).map(String::strip).toList();
        if (lines.stream().anyMatch(line -> line.equalsIgnoreCase("BEGIN:VCARD"))) {
            return ContactFormat.VCARD;
        }
        String first = lines.stream().filter(line -> !line.isEmpty()).findFirst().orElse("");
        boolean markup = first.startsWith("<");
        if (!markup && lines.stream().limit(10).anyMatch(l -> l.contains(",") || l.contains(";") || l.contains("\t"))) {
            return ContactFormat.MAPPED_CSV;
        }
        throw new ContactFileRefused(input.file(), "is not a vCard, a CSV export or a Kith archive, so Kith cannot"
                + " import it");
    }

    /**
     * Reads the whole file.
     *
     * @param knownPeople the ids of the journal's people (an archive's entries may name them)
     * @param stop polled between records: true stops (nothing is imported then)
     * @throws ContactFileRefused when the file cannot be imported at all
     * @throws app.kith.exchange.archive.ArchiveException for an archive with problems
     */
    public static FileReport read(Path file, ColumnMapping mapping, Set<UUID> knownPeople, BooleanSupplier stop) {
        TextInput input = TextInput.open(file);
        ContactFormat format = recognise(input);
        if (format == ContactFormat.KITH_ARCHIVE) {
            ArchiveContent content = ArchiveImport.read(file, knownPeople, new ArchiveProgress() {
                @Override
                public void update(Step step, long done, long total) {
                    // The contacts import tells its own progress.
                }

                @Override
                public boolean stopRequested() {
                    return stop.getAsBoolean();
                }
            });
            List<ContactRecord> people = content.people().stream().map(p -> new ContactRecord(0, p)).toList();
            return new FileReport(file, format, people, List.of(), content);
        }
        Collected collected = new Collected(file, stop);
        if (format == ContactFormat.VCARD) {
            VCardContacts.read(input, collected);
        } else {
            format = CsvContacts.read(input, mapping, collected);
        }
        return new FileReport(file, format, collected.people, collected.rejected, null);
    }

    /** Keeps what is read, within the bounds. */
    private static final class Collected implements ContactSink {
        private final Path file;
        private final BooleanSupplier stop;
        private final List<ContactRecord> people = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private long photoBytes;

        Collected(Path file, BooleanSupplier stop) {
            this.file = file;
            this.stop = stop;
        }

        @Override
        public void accept(ContactRecord record) {
            if (people.size() >= MAX_PEOPLE) {
                throw new ContactFileRefused(file, "holds more than " + String.format(Locale.ROOT, "%,d", MAX_PEOPLE)
                        + " people (line " + record.line() + " is the next); split it into smaller files");
            }
            if (record.person().photo() != null) {
                photoBytes += record.person().photo().bytes().length;
                if (photoBytes > MAX_PHOTO_BYTES) {
                    throw new ContactFileRefused(file, "holds more photos than one import takes (over "
                            + MAX_PHOTO_BYTES / (1024 * 1024) + " MB even when scaled, at line " + record.line()
                            + "); split it into smaller files");
                }
            }
            people.add(record);
        }

        @Override
        public void reject(Rejection rejection) {
            rejected.add(rejection);
        }

        @Override
        public boolean stopRequested() {
            return stop.getAsBoolean();
        }
    }
}
