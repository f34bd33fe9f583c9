package app.kith.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness in the build: {@value #TRIALS} kills of a writing Kith (more with -Dkith.crash.trials=N), after
 * each of which the journal must open and hold every acknowledged write, none half-applied.
 */
class CrashHarnessTest {

    private static final int TRIALS = 100;

    @TempDir
    Path root;

    @Test
    void aKilledKithLosesNoAcknowledgedWriteAndLeavesNoneHalfApplied() throws Exception {
        int trials = Integer.getInteger("kith.crash.trials", TRIALS);
        long seed = Long.getLong("kith.crash.seed", 20261122L);

        CrashHarness.Figures figures = new CrashHarness(root, seed, 1_000).run(trials);

        System.out.println("Crash harness, seed " + seed + ": " + figures);
        assertThat(figures.problems()).isEmpty();
        assertThat(figures.trials()).isEqualTo(trials);
        assertThat(figures.lost()).isZero();
        assertThat(figures.halfApplied()).isZero();
        assertThat(figures.killsMidWrite()).as("the kills land while Kith writes").isGreaterThan(trials / 4);
        assertThat(figures.passphraseKills()).as("some land while the passphrase is being changed").isPositive();
        assertThat(figures.acknowledged()).as("the writer gets work done between kills").isGreaterThan(trials);
    }
}
