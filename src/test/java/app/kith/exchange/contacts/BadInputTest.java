package app.kith.exchange.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.exchange.csv.ColumnMapping;
import app.kith.exchange.imports.FileReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they should be: one sentence naming the file (and line), never a stack trace. */
class BadInputTest {

    @TempDir
    Path temp;

    @Test
    void anEmptyFileAndOneOfBlankLinesAreRefused() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.vcf"));
        Path blank = Files.writeString(temp.resolve("blank.csv"), "\n\n   \n");

        assertThatThrownBy(() -> read(empty)).isInstanceOf(ContactFileRefused.class).hasMessage(empty + " is empty.");
        assertThatThrownBy(() -> read(blank)).isInstanceOf(ContactFileRefused.class).hasMessage(blank + " is empty.");
    }

    @Test
    void aBinaryFileWithAContactsNameIsRefused() throws IOException {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        Path binary = Files.write(temp.resolve("contacts.vcf"), noise);

        assertThatThrownBy(() -> read(binary)).isInstanceOf(ContactFileRefused.class)
                .hasMessage(binary + " is not a contacts file: it holds binary data, not text.");
    }

    @Test
    void aFileIsReadForWhatItHoldsNotWhatItsNameSays() throws IOException {
        Path csvNamedVcf = Files.writeString(temp.resolve("people.vcf"), "First Name,Last Name,Display Name,"
                + "Primary Email\nAda,Park,Ada Park,ada@example.org\n");
        Path vcardNamedCsv = Files.writeString(temp.resolve("people.csv"), "BEGIN:VCARD\nVERSION:3.0\nFN:Ada Park\n"
                + "END:VCARD\n");
        Path prose = Files.writeString(temp.resolve("notes.vcf"), "Dear diary\nToday nothing happened\n");

        assertThat(read(csvNamedVcf).format()).isEqualTo(ContactFormat.THUNDERBIRD_CSV);
        assertThat(read(vcardNamedCsv).format()).isEqualTo(ContactFormat.VCARD);
        assertThatThrownBy(() -> read(prose)).isInstanceOf(ContactFileRefused.class)
                .hasMessage(prose + " is not a vCard, a CSV export or a Kith archive, so Kith cannot import it.");
    }

    @Test
    void aLineLongerThanAnyContactIsRefusedWithItsLineAndAMegabyteLineIsOnlyThatRecord() throws IOException {
        Path huge = temp.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("Full name,Mail\nAda,ada@example.org\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 17; i++) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> ContactFixtures.read(huge, ColumnMapping.parse(java.util.List.of("Full name=name"))))
                .isInstanceOf(ContactFileRefused.class).hasMessageContaining("line 3 is longer than 16 MB");

        Path megabyteNote = Files.writeString(temp.resolve("note.vcf"), "BEGIN:VCARD\nVERSION:3.0\nFN:Long Note\n"
                + "NOTE:" + "y".repeat(1 << 20) + "\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Short\nEND:VCARD\n");
        FileReport report = read(megabyteNote);
        assertThat(report.people()).extracting(r -> r.person().name()).containsExactly("Short");
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo("notes is longer than 100000 characters");
        });
    }

    @Test
    void textInAnotherEncodingThanUtf8IsReadInWindows1252() throws IOException {
        Path latin = Files.write(temp.resolve("latin.csv"), ("First Name,Last Name,Display Name,Primary Email\n"
                + "Zoë,Brontë,Zoë Brontë,zoe@example.org\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(read(latin).people()).extracting(r -> r.person().name()).containsExactly("Zoë Brontë");
    }

    private static FileReport read(Path file) {
        return ContactFixtures.read(file, ColumnMapping.NONE);
    }
}
