package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith backup and kith restore, as a person at a terminal would run them. */
class BackupCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final Pattern BACKED_UP = Pattern.compile("Backed up the journal \\((.*)\\) to (\\S+); it opens"
            + " and holds everything(.*)");

    @TempDir
    Path temp;

    private Path folder;
    private final Map<String, String> env = new HashMap<>();
    private String out;
    private String err;

    @BeforeEach
    void aJournalWithTwoPeopleAndATalk() {
        folder = temp.resolve("journal");
        assertThat(kith("add", "Maya Cole")).isZero();
        assertThat(kith("add", "Ben Okafor")).isZero();
        assertThat(kith("log", "--with", "Maya", "--channel", "call", "--depth", "deep", "--date", "2026-11-01",
                "--gave", "small:advice:her CV")).isZero();
    }

    @Test
    void backupWritesACheckedCopyIntoBackupsAndLeavesTheJournalAsItWas() throws IOException {
        byte[] journal = Files.readAllBytes(JournalFiles.journal(folder));

        assertThat(kith("backup")).isZero();

        Matcher said = BACKED_UP.matcher(out.strip());
        assertThat(said.matches()).as(out).isTrue();
        assertThat(said.group(1)).isEqualTo("2 people, 1 conversation, 1 favour and 0 follow-ups");
        assertThat(Path.of(said.group(2)).getParent()).isEqualTo(folder.resolve("backups"));
        assertThat(said.group(3)).isEqualTo(".");
        assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(journal);
    }

    @Test
    void restoreBringsTheBackupBackAndSaysWhatItRestored() throws IOException {
        Path backup = temp.resolve("before the party.zip");
        assertThat(kith("backup", backup.toString())).isZero();
        assertThat(kith("add", "Cleo Park")).isZero();

        assertThat(kith("restore", backup.toString())).isZero();

        assertThat(out.strip()).startsWith("Restored the backup of 22 Nov 2026, 10:00 (2 people, 1 conversation, 1 favour"
                + " and 0 follow-ups) from " + backup + ". The journal as it was is kept in " + folder.resolve("backups")
                + "/journal-before-restore-");
        assertThat(kith("people")).isZero();
        assertThat(out).contains("Maya Cole", "Ben Okafor").doesNotContain("Cleo Park");
    }

    @Test
    void aLockedJournalsBackupIsEncryptedAndAnOlderPassphraseIsAskedFor() throws IOException {
        TestKeys.set(folder, CLOCK, "correct horse battery");
        env.put("KITH_PASSPHRASE", "correct horse battery");
        Path backup = temp.resolve("locked.zip");
        assertThat(kith("backup", backup.toString())).isZero();
        assertThat(out).contains("and opens only with the journal's passphrase.");
        env.put("KITH_NEW_PASSPHRASE", "tr0ubador & friends");
        assertThat(kith("passphrase", "change")).isZero();
        env.put("KITH_PASSPHRASE", "tr0ubador & friends");
        assertThat(kith("add", "Cleo Park")).isZero();

        assertThat(kith("restore", backup.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("The backup " + backup + " is locked with a passphrase the journal no longer"
                + " has: Kith needs that passphrase to restore it.");
        env.put("KITH_BACKUP_PASSPHRASE", "correct horse battery");
        assertThat(kith("restore", backup.toString())).isZero();

        assertThat(kith("people")).as("the restored journal opens with the journal's passphrase").isZero();
        assertThat(out).contains("Maya Cole").doesNotContain("Cleo Park");
    }

    @Test
    void restoringSomethingThatIsNotABackupChangesNothing() throws IOException {
        Path archive = temp.resolve("all.json");
        assertThat(kith("export", archive.toString())).isZero();
        byte[] journal = Files.readAllBytes(JournalFiles.journal(folder));

        assertThat(kith("restore", archive.toString())).isEqualTo(1);

        assertThat(err.strip()).isEqualTo(archive + " is not a Kith backup: it is not a zip file.");
        assertThat(Files.readAllBytes(JournalFiles.journal(folder))).isEqualTo(journal);
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    private int kith(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        all.addAll(List.of(args));
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int exitCode = new KithCli(CLOCK, dataFolder -> { }, env, null).run(all.toArray(String[]::new),
                new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return exitCode;
    }
}
