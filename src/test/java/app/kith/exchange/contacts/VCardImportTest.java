package app.kith.exchange.contacts;

import static app.kith.exchange.contacts.ContactFixtures.person;
import static app.kith.exchange.contacts.ContactFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.exchange.PhotoScaler;
import app.kith.exchange.imports.FileReport;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The project's vCard fixtures, one per quirk real address books have, read into people. */
class VCardImportTest {

    @Test
    void anAppleCardKeepsEveryFieldKithHasWithItsLabelledDatesAndAYearlessBirthday() throws IOException {
        FileReport report = read("apple.vcf");

        assertThat(report.format()).isEqualTo(ContactFormat.VCARD);
        Person maya = person(report, "Maya Cole");
        assertThat(maya.nickname()).isEqualTo("May");
        assertThat(maya.emails()).containsExactly("maya@example.org");
        assertThat(maya.phones()).containsExactly("+1 555 0100");
        assertThat(maya.organization()).isEqualTo("Porto Labs");
        assertThat(maya.title()).isEqualTo("Climbing instructor");
        // 1604 with X-APPLE-OMIT-YEAR is Apple's "no year".
        assertThat(maya.birthday()).isEqualTo(PartialDate.parse("--03-14"));
        assertThat(maya.dates()).containsExactly(new ImportantDate("anniversary", PartialDate.parse("--06-12")),
                new ImportantDate("Started at Porto", PartialDate.parse("2015-09-01")));
        assertThat(maya.notes()).isEqualTo("Met at the climbing wall.\nLikes long walks, and tea.");
        assertThat(maya.tags()).containsExactly("friends", "climbing");
        // The folded base64 photo, scaled and re-encoded as the person editor does.
        assertThat(maya.photo()).isNotNull();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(maya.photo().bytes()));
        assertThat(image.getWidth()).isLessThanOrEqualTo(PhotoScaler.MAX_SIDE);
    }

    @Test
    void aCompanyCardIsNamedAfterItsOrganisationAndAGroupIsRejectedWithItsLine() {
        FileReport apple = read("apple.vcf");

        assertThat(person(apple, "Acme Bikes").organization()).isEqualTo("Acme Bikes");
        assertThat(apple.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.line()).isEqualTo(36);
            assertThat(rejected.reason()).contains("group");
        });
        assertThat(apple.people()).extracting(r -> r.person().name())
                .containsExactly("Maya Cole", "Acme Bikes", "Luca Rossi");
        assertThat(person(read("v4-bom-lf.vcf"), "Porto Labs").phones()).containsExactly("+1-555-0150");
    }

    @Test
    void quotedPrintableWithAndWithoutCharsetAndSoftLineBreaks() {
        FileReport report = read("android-21.vcf");

        Person juergen = person(report, "Jürgen Müller");
        assertThat(juergen.phones()).containsExactly("+49 30 1234567");
        // No CHARSET: the bytes are not UTF-8, so they are read as Windows-1252.
        assertThat(juergen.notes()).isEqualTo("Grüße aus Köln, und mehr");
        // No CHARSET, and the bytes are UTF-8.
        assertThat(person(report, "René Dupont").emails()).containsExactly("rene@example.fr");
    }

    @Test
    void eightBitTextInTheDeclaredCharsetUtf16WithAMarkAndAUtf8MarkWithLineFeeds() {
        Person soren = person(read("latin1-8bit.vcf"), "Søren Ørsted");
        assertThat(soren.organization()).isEqualTo("Kødbyen ApS");

        assertThat(person(read("utf16-le-bom.vcf"), "Zoë Łukasiewicz").emails()).containsExactly("zoe@example.pl");

        Person ada = person(read("v4-bom-lf.vcf"), "Ada Park");
        assertThat(ada.birthday()).isEqualTo(PartialDate.parse("--03-14"));
        assertThat(ada.dates()).containsExactly(new ImportantDate("anniversary", PartialDate.parse("2014-06-12")));
        assertThat(ada.notes()).isEqualTo("A long note that is folded over two lines by the writer.");
    }

    @Test
    void aCardCutOffWithoutEndIsRejectedWithItsLineAndTheWholeOneBeforeItComesIn() {
        FileReport report = read("cut-off.vcf");

        assertThat(report.people()).extracting(r -> r.person().name()).containsExactly("Whole Card");
        assertThat(report.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.line()).isEqualTo(6);
            assertThat(rejected.reason()).contains("cut off");
        });
    }
}
