package app.kith.cli;

import java.io.Console;

/** The person at the keyboard, when there is one: where a passphrase is typed without being shown. */
public interface Terminal {

    /** Asks for a secret without echoing it; null when the input ended. */
    char[] readSecret(String prompt);

    /** Says something to the person typing (on the terminal, not on standard output). */
    void say(String line);

    /** The process's terminal, or null when its input or output is not one (a pipe, a script, a test). */
    static Terminal ofConsole() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return new Terminal() {
            @Override
            public char[] readSecret(String prompt) {
                return console.readPassword("%s", prompt);
            }

            @Override
            public void say(String line) {
                console.printf("%s%n", line);
                console.flush();
            }
        };
    }
}
