package app.kith.cli;

/**
 * A value on the command line that Kith cannot use (an unknown channel, an ambiguous name, a date that is
 * not a date): one sentence that says which value and why, exit code 2, and nothing written.
 */
public final class WrongValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongValue(String message) {
        super(message);
    }
}
