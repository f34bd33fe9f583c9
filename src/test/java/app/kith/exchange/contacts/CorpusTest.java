package app.kith.exchange.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.imports.FileReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared import corpus ({@code ../shared/corpus}, real exports from public test
 * suites, malformed ones included) gives the people expected, or a clear refusal; every file there has
 * its expectation here, and every expectation its file. Skipped when the corpus is not found.
 */
class CorpusTest {

    /**
     * Where {@code kith.corpus} says (the pom: beside the project), else beside the folder of the project's
     * worktrees (a worktree in {@code wt/NAME} has the corpus two levels up, not one).
     */
    private static final Path CORPUS = Stream.of(System.getProperty("kith.corpus", "../shared/corpus"),
                    "../../shared/corpus").map(Path::of).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("../shared/corpus"));

    /** File → the names of the people it gives, in order; "!" marks a file refused whole. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("ezvcard__John_Doe_ANDROID.vcf", List.of("john.doe@company.com", "jane.doe@company.com",
                    "Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ", "ÑÑÑÑ")),
            Map.entry("ezvcard__John_Doe_BLACK_BERRY.vcf", List.of("John Doe")),
            Map.entry("ezvcard__John_Doe_EVOLUTION.vcf", List.of("Mr. John Richter, James Doe Sr.")),
            Map.entry("ezvcard__John_Doe_GMAIL.vcf", List.of("Mr. John Richter, James Doe Sr.")),
            Map.entry("ezvcard__John_Doe_IPHONE.vcf", List.of("Mr. John Richter James Doe Sr.")),
            Map.entry("ezvcard__John_Doe_LOTUS_NOTES.vcf", List.of("Mr. Doe John I Johny")),
            Map.entry("ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf", List.of("Mr. John Richter,James Doe Sr.")),
            Map.entry("ezvcard__John_Doe_MS_OUTLOOK.vcf", List.of("Mr. John Richter James Doe Sr.")),
            Map.entry("ezvcard__fullcontact.vcf", List.of("Prefix FirstName MiddleName LastName Suffix")),
            Map.entry("ezvcard__gmail-single2.vcf", List.of("VCard Test")),
            Map.entry("ezvcard__issue114.vcf", List.of("Dummy, Dummy")),
            Map.entry("ezvcard__outlook-2003.vcf", List.of("John Doe III")),
            Map.entry("ezvcard__outlook-2007.vcf", List.of("Mr. Michael Angstadt Jr.")),
            Map.entry("ezvcard__rfc2426-example.vcf", List.of("Frank Dawson", "Tim Howes")),
            Map.entry("ezvcard__rfc6350-example.vcf", List.of("Simon Perreault")),
            Map.entry("ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf", List.of("John Doe")),
            Map.entry("kcontacts__vcard10.vcf", List.of("Bike Shop", "Field after Address broken",
                    "Field after Address not broken", "Dr. med. Surname Name", "Second Doctor")),
            Map.entry("kcontacts__vcard3.vcf", List.of("ian geiser")),
            Map.entry("kcontacts__vcard7.vcf", List.of()),
            Map.entry("kcontacts__vcard9.vcf", List.of("βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1"
                    + "βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1")),
            Map.entry("kcontacts__vcardwithitemasapplesupport.vcf", List.of("SOME COMPANY")),
            Map.entry("khard__tel-value-uri.vcf", List.of("bug 195")),
            Map.entry("khard__text-bday.vcf", List.of("text birthday")),
            Map.entry("khard__unparsable.vcf", List.of()),
            Map.entry("nodevcf-old__empty_tel.vcf", List.of()),
            Map.entry("nodevcf-old__ex_21_case0.vcf", List.of("Ny_full Middle Family")),
            Map.entry("nodevcf-old__ex_attach.vcf", List.of("Ny_full Middle Family")),
            Map.entry("nodevcf-old__highrise.vcf", List.of("John Doe")),
            Map.entry("nodevcf-old__slash_in_field_name.vcf", List.of()),
            Map.entry("nodevcf__empty-lines.vcf", List.of("Dr. Erika Mustermann")),
            Map.entry("nodevcf__photo-base64.vcf", List.of()),
            Map.entry("nodevcf__quoted-list.vcf", List.of()),
            Map.entry("nodevcf__vcard-2.1.vcf", List.of("Forrest Gump")),
            Map.entry("nodevcf__xing.vcf", List.of("Hans-Peter Mustermann")),
            Map.entry("roundcube__apple.vcf", List.of("Apple Computer AG")),
            Map.entry("roundcube__thebat.vcf", List.of("Piotr Iksiñski")),
            Map.entry("roundcube__utf-16_sample.vcf", List.of("Ǽgean ĽdaMonté")),
            Map.entry("derived__google_contacts_current_header.csv", List.of()),
            Map.entry("derived__linkedin_Connections_preamble_header.csv", List.of()),
            Map.entry("derived__outlook_desktop_header.csv", List.of()),
            Map.entry("roundcube__Csv2vcard_all.csv", List.of("!")),
            Map.entry("roundcube__Csv2vcard_gmail.csv", List.of("Prefix Firstname Middle Lastname Suffix")),
            Map.entry("roundcube__Csv2vcard_tb_plain.csv", List.of("Displayname")));

    static Stream<Arguments> corpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not beside the project");
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> !f.getFileName().toString().equals("MANIFEST.txt")).sorted()
                    .map(f -> Arguments.of(f.getFileName().toString())).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyFileGivesThePeopleExpectedOrAClearRefusal(String name) {
        assertThat(EXPECTED).as("an expectation for %s", name).containsKey(name);
        List<String> expected = EXPECTED.get(name);
        Path file = CORPUS.resolve(name);
        if (expected.equals(List.of("!"))) {
            assertThatThrownBy(() -> ContactFixtures.read(file, ColumnMapping.NONE))
                    .isInstanceOf(ContactFileRefused.class).hasMessageStartingWith(file.toString())
                    .hasMessageContaining("--map");
            return;
        }
        FileReport report = ContactFixtures.read(file, ColumnMapping.NONE);
        assertThat(report.people()).extracting(r -> r.person().name()).containsExactlyElementsOf(expected);
        assertThat(report.rejected()).allSatisfy(r -> assertThat(r.line()).isPositive());
    }

    @Test
    void everyExpectationHasItsFile() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not beside the project");
        List<String> files = corpus().map(arguments -> (String) arguments.get()[0]).toList();
        assertThat(files).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void theMalformedAndTheQuirkyReadAsAPersonWould() {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not beside the project");
        FileReport cut = ContactFixtures.read(CORPUS.resolve("khard__unparsable.vcf"), ColumnMapping.NONE);
        assertThat(cut.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("cut off"));

        Person simon = ContactFixtures.read(CORPUS.resolve("ezvcard__rfc6350-example.vcf"), ColumnMapping.NONE)
                .people().get(0).person();
        assertThat(simon.birthday()).isEqualTo(PartialDate.parse("--02-03"));
        assertThat(simon.phones()).contains("+1-418-656-9254 ext. 102");

        Person textBirthday = ContactFixtures.read(CORPUS.resolve("khard__text-bday.vcf"), ColumnMapping.NONE)
                .people().get(0).person();
        assertThat(textBirthday.birthday()).isNull();
        assertThat(textBirthday.notes()).isEqualTo("Birthday: circa 1800");

        Person greek = ContactFixtures.read(CORPUS.resolve("kcontacts__vcard9.vcf"), ColumnMapping.NONE)
                .people().get(0).person();
        assertThat(greek.notes()).doesNotContain("\uFFFD").contains("символов");

        Person company = ContactFixtures.read(CORPUS.resolve("kcontacts__vcardwithitemasapplesupport.vcf"),
                ColumnMapping.NONE).people().get(0).person();
        assertThat(company.organization()).isEqualTo("SOME COMPANY");
        assertThat(ContactFixtures.read(CORPUS.resolve("derived__linkedin_Connections_preamble_header.csv"),
                ColumnMapping.NONE).format()).isEqualTo(ContactFormat.LINKEDIN_CSV);
        assertThat(ContactFixtures.read(CORPUS.resolve("derived__outlook_desktop_header.csv"),
                ColumnMapping.NONE).format()).isEqualTo(ContactFormat.OUTLOOK_CSV);
        assertThat(ContactFixtures.read(CORPUS.resolve("derived__google_contacts_current_header.csv"),
                ColumnMapping.NONE).format()).isEqualTo(ContactFormat.GOOGLE_CSV);
    }
}
