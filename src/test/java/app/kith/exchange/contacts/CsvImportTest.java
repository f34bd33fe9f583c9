package app.kith.exchange.contacts;

import static app.kith.exchange.contacts.ContactFixtures.file;
import static app.kith.exchange.contacts.ContactFixtures.person;
import static app.kith.exchange.contacts.ContactFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.imports.FileReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's CSV fixtures: each dialect recognised from its header, and a mapping for any other CSV. */
class CsvImportTest {

    @Test
    void googleCurrentColumnsWithMultiValuesLabelsAndEvents() {
        FileReport report = read("google.csv");

        assertThat(report.format()).isEqualTo(ContactFormat.GOOGLE_CSV);
        Person maya = person(report, "Maya Cole");
        assertThat(maya.nickname()).isEqualTo("May");
        assertThat(maya.emails()).containsExactly("maya@example.org", "maya.cole@work.example");
        assertThat(maya.phones()).containsExactly("+1 555 0100");
        assertThat(maya.organization()).isEqualTo("Porto Labs");
        assertThat(maya.birthday()).isEqualTo(PartialDate.parse("--03-14"));
        assertThat(maya.notes()).isEqualTo("Climbs on Tuesdays, \"always\" early");
        assertThat(maya.tags()).containsExactly("friends");
        assertThat(maya.dates()).containsExactly(new ImportantDate("anniversary", PartialDate.parse("2014-06-12")));
        // The empty row at the end is no record.
        assertThat(report.people()).hasSize(2);
        assertThat(report.people().get(1).line()).isEqualTo(3);
    }

    @Test
    void googleLegacyColumns() {
        Person dev = person(read("google-legacy.csv"), "Dev Patel");

        assertThat(dev.emails()).containsExactly("dev@example.com", "dev.patel@home.example");
        assertThat(dev.organization()).isEqualTo("Initech");
        assertThat(dev.title()).isEqualTo("Engineer");
        assertThat(dev.tags()).containsExactly("Work");
        assertThat(dev.birthday()).isEqualTo(PartialDate.parse("1990-01-15"));
    }

    @Test
    void outlookInGermanEnglishAndFrenchWithTheirDateOrdersAndTheEmptyBirthday() {
        FileReport german = read("outlook-de.csv");
        assertThat(german.format()).isEqualTo(ContactFormat.OUTLOOK_DE_CSV);
        Person juergen = person(german, "Jürgen Müller");
        assertThat(juergen.organization()).isEqualTo("Bäckerei Müller");
        assertThat(juergen.title()).isEqualTo("Inhaber");
        assertThat(juergen.birthday()).isNull();
        assertThat(juergen.dates()).isEmpty();
        assertThat(juergen.tags()).containsExactly("Familie", "Nachbarn");
        assertThat(juergen.phones()).containsExactly("030 1234567");
        Person anna = person(german, "Anna Schäfer");
        assertThat(anna.birthday()).isEqualTo(PartialDate.parse("1980-05-23"));
        assertThat(anna.dates()).containsExactly(new ImportantDate("anniversary", PartialDate.parse("2014-06-12")));
        assertThat(anna.emails()).containsExactly("anna@example.de", "anna.s@example.de");

        FileReport english = read("outlook-en.csv");
        assertThat(english.format()).isEqualTo(ContactFormat.OUTLOOK_CSV);
        assertThat(person(english, "Sam Ortiz").birthday()).isEqualTo(PartialDate.parse("1980-05-23"));
        assertThat(person(english, "Sam Ortiz").tags()).containsExactly("Work", "Mentors");
        // A row with only a company is a contact named after it.
        assertThat(person(english, "Initrode").phones()).containsExactly("555 010 3000");

        FileReport french = read("outlook-fr.csv");
        assertThat(french.format()).isEqualTo(ContactFormat.OUTLOOK_FR_CSV);
        Person elodie = person(french, "Élodie Béranger");
        assertThat(elodie.birthday()).isEqualTo(PartialDate.parse("1985-05-23"));
        assertThat(elodie.title()).isEqualTo("Analyste");
    }

    @Test
    void linkedInAfterItsNotesConnectedOnIsMetOnWithATag() {
        FileReport report = read("linkedin.csv");

        assertThat(report.format()).isEqualTo(ContactFormat.LINKEDIN_CSV);
        Person priya = person(report, "Priya Nair");
        assertThat(priya.metOn()).isEqualTo(LocalDate.of(2019, 2, 3));
        assertThat(priya.tags()).containsExactly("linkedin");
        assertThat(priya.organization()).isEqualTo("Initech");
        assertThat(priya.title()).isEqualTo("CTO");
        assertThat(priya.notes()).isEqualTo("LinkedIn: https://www.linkedin.com/in/priya-nair");
        assertThat(report.people().get(0).line()).isEqualTo(5);
    }

    @Test
    void thunderbirdWithItsThreeColumnBirthday() {
        Person lena = person(read("thunderbird.csv"), "Lena Berg");

        assertThat(lena.nickname()).isEqualTo("Lenny");
        assertThat(lena.birthday()).isEqualTo(PartialDate.parse("1988-07-04"));
        assertThat(lena.notes()).isEqualTo("Old friend from school");
    }

    @Test
    void anyOtherCsvIsRefusedWithItsColumnsUnlessMapped() {
        assertThatThrownBy(() -> read("other.csv")).isInstanceOf(ContactFileRefused.class)
                .hasMessageContaining("Full name, Mail, Mobile, Birth date, Groups").hasMessageContaining("--map");

        FileReport report = ContactFixtures.read(file("other.csv"), ColumnMapping.parse(List.of("Full name=name",
                "mail=emails", "Mobile=phone", "Birth date=birthday", "Groups=tags")));

        assertThat(report.format()).isEqualTo(ContactFormat.MAPPED_CSV);
        Person rosa = person(report, "Rosa Lind");
        assertThat(rosa.emails()).containsExactly("rosa@example.org");
        assertThat(rosa.phones()).containsExactly("+1 555 0177");
        assertThat(rosa.birthday()).isEqualTo(PartialDate.parse("1950-02-01"));
        assertThat(rosa.tags()).containsExactly("family");
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo("\"not a date\" is not a date Kith can read");
        });
        assertThatThrownBy(() -> ContactFixtures.read(file("other.csv"), ColumnMapping.parse(List.of("Phone=phone"))))
                .isInstanceOf(ContactFileRefused.class).hasMessageContaining("has no column \"phone\"");
        assertThatThrownBy(() -> ColumnMapping.parse(List.of("Mail=mailbox")))
                .hasMessageContaining("mailbox is not a field Kith keeps");
    }
}
