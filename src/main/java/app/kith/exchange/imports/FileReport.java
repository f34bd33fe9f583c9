package app.kith.exchange.imports;

import app.kith.exchange.archive.ArchiveContent;
import app.kith.exchange.contacts.ContactFormat;
import app.kith.exchange.contacts.ContactRecord;
import app.kith.exchange.contacts.Rejection;
import java.nio.file.Path;
import java.util.List;

/**
 * What one file of an import holds: the people read from it, the records rejected (with line and
 * reason), and, for a Kith archive, its whole content.
 *
 * @param archive the archive's content when the file is one, else null
 */
public record FileReport(Path file, ContactFormat format, List<ContactRecord> people, List<Rejection> rejected,
                         ArchiveContent archive) {

    public FileReport {
        people = List.copyOf(people);
        rejected = List.copyOf(rejected);
    }
}
