package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.store.Journal;
import app.kith.store.JournalFiles;
import app.kith.store.TestKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith passphrase, and every command on a locked journal: the passphrase from a file, a variable or a terminal. */
class PassphraseCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path folder;
    private final Map<String, String> env = new HashMap<>();
    private TypedAtTerminal terminal;
    private String out;
    private String err;

    @BeforeEach
    void aJournalWithMaya() {
        folder = temp.resolve("journal");
        assertThat(kith("add", "Maya Cole")).isZero();
    }

    @Test
    void settingAPassphraseSaysWhatForgettingItMeansAndLocksTheJournal() throws IOException {
        env.put("KITH_NEW_PASSPHRASE", "correct horse battery");

        assertThat(kith("passphrase", "set")).isZero();

        assertThat(err.strip()).isEqualTo(PassphraseCommand.FORGETTING);
        assertThat(err).contains("If you forget it, the journal is lost");
        assertThat(out.strip()).isEqualTo("The journal in " + folder + " is now encrypted with your passphrase.");
        assertThat(JournalFiles.isLocked(folder)).isTrue();
        env.clear();

        assertThat(kith("people")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("The journal in " + folder + " is locked with a passphrase: type it at a"
                + " terminal, or give it with KITH_PASSPHRASE or --passphrase-file FILE.");
        env.put("KITH_PASSPHRASE", "correct horse battery");
        assertThat(kith("people")).isZero();
        assertThat(out).contains("Maya Cole");
    }

    @Test
    void everyCommandTakesThePassphraseFromAFileOrAVariable() throws IOException {
        TestKeys.set(folder, CLOCK, "correct horse battery");
        Path file = Files.writeString(temp.resolve("pass.txt"), "correct horse battery\n");

        assertThat(kith("--passphrase-file", file.toString(), "add", "Ben Okafor")).isZero();
        assertThat(kith("--passphrase-file", file.toString(), "log", "--with", "Ben", "--channel", "call",
                "--depth", "deep")).isZero();
        env.put("KITH_PASSPHRASE", "correct horse battery");
        assertThat(kith("people")).isZero();
        assertThat(out).contains("Maya Cole", "Ben Okafor");
        assertThat(kith("export", temp.resolve("all.json").toString())).isZero();
        assertThat(kith("review")).isZero();
    }

    @Test
    void aWrongPassphraseIsOneSentenceAndChangesNothing() throws IOException {
        TestKeys.set(folder, CLOCK, "correct horse battery");
        byte[] before = Files.readAllBytes(JournalFiles.journal(folder));
        env.put("KITH_PASSPHRASE", "incorrect horse battery");

        assertThat(kith("add", "Ben Okafor")).isEqualTo(1);

        assertThat(err.strip()).isEqualTo("That passphrase does not open the journal in " + folder + "; the journal"
                + " is unchanged. Check the passphrase and try again.");
        assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(before);
        assertThat(kith("--passphrase-file", temp.resolve("nope.txt").toString(), "people")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("--passphrase-file: there is no file " + temp.resolve("nope.txt") + ".");
    }

    @Test
    void atATerminalAMistypedPassphraseIsAskedForAgain() {
        TestKeys.set(folder, CLOCK, "correct horse battery");
        terminal = new TypedAtTerminal("correct hrose battery", "correct horse battery");

        assertThat(kith("people")).isZero();

        assertThat(out).contains("Maya Cole");
        assertThat(terminal.prompts).containsExactly("Passphrase of the journal in " + folder + ": ",
                "Passphrase of the journal in " + folder + ": ");
        assertThat(terminal.said).containsExactly("That passphrase does not open the journal; try again.");
    }

    @Test
    void changingAndRemovingThePassphraseAtATerminal() {
        TestKeys.set(folder, CLOCK, "correct horse battery");
        terminal = new TypedAtTerminal("correct horse battery", "tr0ubador & friends", "tr0ubador & friends");

        assertThat(kith("passphrase", "change")).isZero();

        assertThat(out.strip()).isEqualTo("The journal's passphrase is changed. Backups made before keep the old"
                + " passphrase.");
        terminal = new TypedAtTerminal("correct horse battery", "correct horse battery", "correct horse battery");
        assertThat(kith("people")).isEqualTo(1);
        terminal = new TypedAtTerminal("tr0ubador & friends");
        assertThat(kith("passphrase", "remove")).isZero();
        assertThat(JournalFiles.isLocked(folder)).isFalse();
        terminal = null;
        assertThat(kith("people")).isZero();
        assertThat(out).contains("Maya Cole");
    }

    @Test
    void twoDifferentNewPassphrasesOrAShortOneChangeNothing() throws IOException {
        byte[] before = Files.readAllBytes(JournalFiles.journal(folder));
        terminal = new TypedAtTerminal("correct horse battery", "correct horse batterie");

        assertThat(kith("passphrase", "set")).isEqualTo(1);
        assertThat(err).contains("The two passphrases typed differ; nothing was changed.");

        terminal = new TypedAtTerminal("short", "short");
        assertThat(kith("passphrase", "set")).isEqualTo(2);
        assertThat(err).contains("A passphrase needs at least 8 characters");

        assertThat(kith("passphrase", "sett")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("ACTION: \"sett\" is not one of set, change, remove.");
        assertThat(kith("passphrase", "remove")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("The journal in " + folder + " has no passphrase to remove.");
        assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(before);
        try (Journal journal = Journal.open(folder, CLOCK)) {
            assertThat(journal.counts().people()).isEqualTo(1);
        }
    }

    @Test
    void aFolderWithoutAJournalGetsNoPassphraseAndNoNewJournal() {
        folder = temp.resolve("mistyped");
        env.put("KITH_NEW_PASSPHRASE", "correct horse battery");
        env.put("KITH_PASSPHRASE", "correct horse battery");

        for (String action : List.of("set", "change", "remove")) {
            assertThat(kith("passphrase", action)).as(action).isEqualTo(1);
            assertThat(err.strip()).as(action).isEqualTo("There is no Kith journal in " + folder
                    + ": check the data folder, or start one with kith add or in Kith's window.");
            assertThat(out).isEmpty();
        }
        assertThat(folder).doesNotExist();
    }

    private int kith(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        all.addAll(List.of(args));
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int exitCode = new KithCli(CLOCK, dataFolder -> { }, env, terminal).run(all.toArray(String[]::new),
                new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return exitCode;
    }

    /** A person at a terminal typing the given lines, one per question. */
    private static final class TypedAtTerminal implements Terminal {
        private final Deque<String> typed;
        private final List<String> prompts = new ArrayList<>();
        private final List<String> said = new ArrayList<>();

        TypedAtTerminal(String... lines) {
            typed = new ArrayDeque<>(List.of(lines));
        }

        @Override
        public char[] readSecret(String prompt) {
            prompts.add(prompt);
            return typed.isEmpty() ? null : typed.removeFirst().toCharArray();
        }

        @Override
        public void say(String line) {
            said.add(line);
        }
    }
}
