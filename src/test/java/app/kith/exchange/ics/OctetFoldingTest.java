package app.kith.exchange.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OctetFoldingTest {

    @Test
    void aShortLineStaysWhole() {
        assertThat(OctetFolding.fold("SUMMARY:Tea\r\n")).isEqualTo("SUMMARY:Tea\r\n");
    }

    @Test
    void aLongLineIsCutAt75OctetsAndContinuedAfterASpace() {
        String line = "DESCRIPTION:" + "a".repeat(100);

        String folded = OctetFolding.fold(line + "\r\n");

        String[] lines = folded.split("\r\n");
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(1 + line.length() - 75);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void aLetterOfSeveralBytesIsNeverSplit() {
        String line = "SUMMARY:" + "😀é日".repeat(20);

        String folded = OctetFolding.fold(line + "\r\n");

        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            // A pair of surrogates cut apart would show up as a lone surrogate code point.
            assertThat(part.codePoints().noneMatch(codePoint -> codePoint >= 0xD800 && codePoint <= 0xDFFF))
                    .isTrue();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }
}
