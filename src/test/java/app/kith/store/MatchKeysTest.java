package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchKeysTest {

    @Test
    void namesMatchWithoutCaseSpacingOrPunctuation() {
        assertThat(MatchKeys.name("  Bob   O'Brien-Smith ")).isEqualTo("bob o brien smith");
        assertThat(MatchKeys.name("ROBERT_SMITH 2")).isEqualTo("robert smith 2");
        assertThat(MatchKeys.name("...")).isEmpty();
    }

    @Test
    void namesMatchWithoutAccents() {
        assertThat(MatchKeys.name("Zoë  Müller")).isEqualTo("zoe muller");
        assertThat(MatchKeys.name("Łukasz Strauß")).isEqualTo("lukasz strauss");
        assertThat(MatchKeys.name("Chloé Martin")).isEqualTo(MatchKeys.name("chloe  MARTIN"));
    }

    @Test
    void phonesMatchInE164Form() {
        MatchKeys keys = new MatchKeys("DE");
        assertThat(keys.phone("030 1234567")).isEqualTo("+49301234567");
        assertThat(keys.phone("+49 (0)30 123-4567")).isEqualTo("+49301234567");
        assertThat(keys.phone("call me")).isNull();
    }

    @Test
    void aPlainNumbersTailIsItsKeysTail() {
        assertThat(MatchKeys.plainTail("+49 (0)30 123-4567")).isEqualTo("234567");
        assertThat(MatchKeys.plainTail("030/1234567")).isEqualTo("234567");
        assertThat(MatchKeys.plainTail("030 12345")).as("too few digits to be sure").isNull();
        assertThat(MatchKeys.plainTail("+49 30 1234567 ext. 89")).as("an extension").isNull();
        assertThat(MatchKeys.plainTail("1-800-FLOWERS")).as("letters").isNull();
        assertThat(MatchKeys.plainTail("030 1234567#2")).isNull();
        assertThat(MatchKeys.tailOf("+49301234567")).isEqualTo("234567");
        assertThat(MatchKeys.tailOf("1234")).isEqualTo("1234");
    }

    /**
     * What grouping phones by their tails rests on, tried on every region's example numbers as
     * libphonenumber writes them (national, international, E.164, dialled from abroad), read in their
     * own region and in others.
     */
    @Test
    void everyRegionsPlainNumbersEndWithTheirKeysTail() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<String> checked = new ArrayList<>();
        for (String region : util.getSupportedRegions()) {
            for (PhoneNumberType type : List.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE,
                    PhoneNumberType.TOLL_FREE, PhoneNumberType.VOIP)) {
                PhoneNumber number = util.getExampleNumberForType(region, type);
                if (number == null) {
                    continue;
                }
                List<String> texts = new ArrayList<>();
                for (PhoneNumberFormat format : PhoneNumberFormat.values()) {
                    texts.add(util.format(number, format));
                }
                for (String from : List.of("US", "DE", "AU", "JP", "BR", region)) {
                    texts.add(util.formatOutOfCountryCallingNumber(number, from));
                }
                for (String text : texts) {
                    String tail = MatchKeys.plainTail(text);
                    if (tail == null) {
                        continue;
                    }
                    for (String readIn : List.of(region, "US", "DE", "ZZ")) {
                        String key = new MatchKeys(readIn).phone(text);
                        assertThat(MatchKeys.tailOf(key)).as(text + " read in " + readIn + ": " + key)
                                .isEqualTo(tail);
                        checked.add(text);
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(1000);
    }
}
