package app.kith.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Passphrases for tests that open a locked journal many times: the same code as Kith's, with a salt of few
 * iterations, so that a test does not spend half a second on every opening. {@code PassphrasesTest} checks that
 * Kith itself uses its full count.
 */
public final class TestKeys {

    /** Enough to be a real derivation, few enough to take a millisecond. */
    public static final int FAST_ITERATIONS = 1_000;

    private TestKeys() {
    }

    /** Sets the passphrase of the (closed) journal in the folder, creating the journal when there is none. */
    public static JournalKey set(Path folder, Clock clock, String passphrase) {
        return Passphrases.change(folder, clock, null, passphrase.toCharArray(), () -> KeySalt.fresh(FAST_ITERATIONS));
    }

    public static JournalKey unlock(Path folder, String passphrase) {
        return JournalKey.unlock(folder, passphrase.toCharArray());
    }
}
