package app.kith.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Coded;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The labels' codes are what the command line writes in JSON: they must not drift. */
class LabelCodesTest {

    private static String[] codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toArray(String[]::new);
    }

    @Test
    void labelsCarryTheCommandLineCodes() {
        assertThat(codes(Kind.values())).containsExactly("chat", "chit");
        assertThat(codes(Balance.values())).containsExactly("you-give", "you-owe", "even");
        assertThat(codes(Initiative.values())).containsExactly("you-reach-out", "they-reach-out", "shared");
        assertThat(codes(Status.values())).containsExactly("new", "active", "fading", "dormant");
        assertThat(codes(Overdue.values())).containsExactly("on-track", "due", "overdue", "lapsing");
    }

    @Test
    void labelsReadAsWords() {
        assertThat(Balance.YOU_OWE.label()).isEqualTo("You owe");
        assertThat(Initiative.THEY_REACH_OUT.label()).isEqualTo("They reach out");
        assertThat(Overdue.ON_TRACK.label()).isEqualTo("On track");
    }
}
