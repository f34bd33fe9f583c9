package app.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

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
}
