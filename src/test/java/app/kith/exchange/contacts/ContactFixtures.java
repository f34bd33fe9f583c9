package app.kith.exchange.contacts;

import app.kith.domain.Person;
import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.imports.ContactFiles;
import app.kith.exchange.imports.FileReport;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/** The project's own contact files in src/test/resources/contacts, read as {@code kith import} reads them. */
public final class ContactFixtures {

    private ContactFixtures() {
    }

    public static Path file(String name) {
        try {
            return Path.of(Objects.requireNonNull(ContactFixtures.class.getResource("/contacts/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FileReport read(String name) {
        return read(file(name), ColumnMapping.NONE);
    }

    public static FileReport read(Path file, ColumnMapping mapping) {
        return ContactFiles.read(file, mapping, Set.of(), () -> false);
    }

    public static Person person(FileReport report, String name) {
        return report.people().stream().map(ContactRecord::person).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + report.people()));
    }
}
