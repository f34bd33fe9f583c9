package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.store.Journal;
import app.kith.store.JournalCounts;
import app.kith.store.JournalProbe;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kith's command line run in-process, as a person at a terminal would see it. */
class KithCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final String[] SMALL = {"--people", "40", "--interactions", "900", "--favours", "90",
        "--years", "6"};

    @TempDir
    Path temp;

    private final List<Path> windowsOpened = new ArrayList<>();
    private WindowLauncher window = windowsOpened::add;
    private String out;
    private String err;

    @Test
    void helpShowsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();

        assertThat(out).startsWith("Usage: kith [-hV] [--data-dir=DIR] [--passphrase-file=FILE] [COMMAND]")
                .contains("sample", "--version", "Exit codes:");
        assertThat(err).isEmpty();
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void aCommandExplainsItsOptions() {
        assertThat(run("sample", "--help")).isZero();

        assertThat(out).startsWith("Usage: kith sample").contains("--people=N", "--seed=S", "default: 1000");
    }

    @Test
    void versionNamesTheBuild() {
        assertThat(run("--version")).isZero();

        assertThat(out.strip()).matches("Kith \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void anUnknownOptionIsOneSentenceWithAHintAndExitCodeTwo() {
        assertThat(run("--colour")).isEqualTo(2);

        assertThat(err.lines()).containsExactly("Unknown option: '--colour'", "See kith --help for how to use it.");
        assertThat(out).isEmpty();
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void anUnknownCommandIsNamedAndCreatesNothingWithExitCodeTwo() {
        assertThat(run("--data-dir", temp.toString(), "frobnicate")).isEqualTo(2);

        // The first line names what was not understood; what follows it (picocli's nearest commands, or a hint
        // to --help) is the command line's general answer to a wrong command line, not this test's.
        assertThat(err.lines().findFirst()).get(InstanceOfAssertFactories.STRING).contains("'frobnicate'");
        assertThat(out).isEmpty();
        assertThat(temp.resolve("journal.mv.db")).doesNotExist();
    }

    @Test
    void theContactsCommandsAreListedAndANearMissOfOneRunsNothing() {
        assertThat(run("--help")).isZero();
        assertThat(out.lines().map(String::strip)).anyMatch(line -> line.startsWith("import "))
                .anyMatch(line -> line.startsWith("export ")).anyMatch(line -> line.startsWith("duplicates "))
                .anyMatch(line -> line.startsWith("merge "));

        // A near miss runs nothing: "duplicate" is not taken for "duplicates".
        assertThat(run("--data-dir", temp.toString(), "duplicate")).isEqualTo(2);

        assertThat(err.lines().findFirst()).get(InstanceOfAssertFactories.STRING).contains("'duplicate'");
        assertThat(out).isEmpty();
        assertThat(temp.resolve("journal.mv.db")).doesNotExist();
    }

    @Test
    void anUnknownCommandIsOneSentenceWithAHintAndExitCodeTwo() {
        assertThat(run("--data-dir", temp.toString(), "frobnicate")).isEqualTo(2);

        assertThat(err.lines()).containsExactly("Unknown command or argument: 'frobnicate'.",
                "See kith --help for how to use it.");
        assertThat(temp.resolve("journal.mv.db")).doesNotExist();
    }

    @Test
    void aValueOutOfRangeIsAWrongCommandLine() {
        assertThat(run("--data-dir", temp.toString(), "sample", "--people", "0")).isEqualTo(2);
        assertThat(err.lines()).containsExactly("--people must be at least 1, not 0",
                "See kith sample --help for how to use it.");

        assertThat(run("--data-dir", temp.toString(), "sample", "--years", "many")).isEqualTo(2);
        assertThat(err).startsWith("Invalid value for option '--years': 'many' is not an int");
        assertThat(err.lines()).hasSize(2);
        assertThat(temp.resolve("journal.mv.db")).doesNotExist();
    }

    @Test
    void sampleWritesExactlyTheRequestedCounts() {
        Path folder = temp.resolve("journal");

        assertThat(run(sample(folder, "42"))).isZero();

        assertThat(out)
                .startsWith("Wrote a sample journal to " + folder + ": 40 people, 900 conversations, 90 favours");
        assertThat(err).contains("Writing the sample: saving the journal");
        try (Journal journal = Journal.open(folder, CLOCK)) {
            JournalCounts counts = journal.counts();
            assertThat(counts.people()).isEqualTo(40);
            assertThat(counts.interactions()).isEqualTo(900);
            assertThat(counts.favours()).isEqualTo(90);
            assertThat(JournalProbe.latestInteraction(journal)).isBeforeOrEqualTo(CLOCK.instant().atZone(ZoneOffset.UTC)
                    .toLocalDate());
        }
    }

    @Test
    void theDataDirMayAlsoFollowTheCommand() {
        Path folder = temp.resolve("after");

        assertThat(run("sample", "--data-dir", folder.toString(), "--people", "5", "--interactions", "20",
                "--favours", "2")).isZero();

        assertThat(out).startsWith("Wrote a sample journal to " + folder + ": 5 people");
    }

    @Test
    void aSecondSampleIntoTheSameFolderIsRefusedAndChangesNothing() {
        Path folder = temp.resolve("journal");
        run(sample(folder, "42"));
        List<String> before = names(folder);

        assertThat(run(sample(folder, "43"))).isEqualTo(1);

        assertThat(err.strip()).isEqualTo("The journal in " + folder + " already holds 40 people, and a sample only"
                + " goes into an empty journal: choose an empty folder with --data-dir.");
        assertThat(out).isEmpty();
        assertThat(names(folder)).isEqualTo(before);
    }

    @Test
    void theSameSeedGivesTheSameJournal() {
        run(sample(temp.resolve("one"), "7"));
        run(sample(temp.resolve("two"), "7"));
        run(sample(temp.resolve("other"), "8"));

        assertThat(names(temp.resolve("one"))).hasSize(40).isEqualTo(names(temp.resolve("two")));
        assertThat(names(temp.resolve("other"))).isNotEqualTo(names(temp.resolve("one")));
    }

    @Test
    void aDataDirThatIsAFileIsOneSentenceAndExitCodeTwo() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("journal.txt"), "not a folder");

        for (List<String> command : List.<List<String>>of(List.of("sample"), List.of("people"), List.of("add", "Ada"),
                List.of())) {
            List<String> args = new ArrayList<>(List.of("--data-dir", notAFolder.toString()));
            args.addAll(command);
            assertThat(run(args.toArray(String[]::new))).as(command.toString()).isEqualTo(2);

            assertThat(err.strip()).isEqualTo("--data-dir: " + notAFolder + " is a file, not a folder: name the"
                    + " folder that holds the journal.");
            assertThat(notAFolder).hasContent("not a folder");
        }
    }

    @Test
    void anEmptyDataDirIsRefusedAndCreatesNothing() throws IOException {
        for (List<String> command : List.of(List.of("people"), List.of("review"), List.of("add", "Ada"),
                List.of("sample"), List.of("export", temp.resolve("a.json").toString()))) {
            List<String> args = new ArrayList<>(List.of("--data-dir", ""));
            args.addAll(command);
            assertThat(run(args.toArray(String[]::new))).as(command.toString()).isEqualTo(2);

            assertThat(err.strip()).isEqualTo("--data-dir is empty: name the folder that holds the journal,"
                    + " e.g. --data-dir ~/kith.");
        }
        assertThat(run("--data-dir", "")).isEqualTo(2);
        assertThat(windowsOpened).isEmpty();
        assertThat(temp.resolve("a.json")).doesNotExist();
        assertThat(Path.of("journal.mv.db")).doesNotExist();
    }

    @Test
    void aFolderInsideAFileIsOneSentenceSayingWhichIsTheFile() throws IOException {
        Path file = Files.writeString(temp.resolve("journal.txt"), "not a folder");

        assertThat(run("--data-dir", file.resolve("kith").toString(), "add", "Ada")).isEqualTo(1);

        assertThat(err.strip()).isEqualTo("Kith cannot use " + file.resolve("kith") + " as its data folder: "
                + file + " is a file, not a folder.");
    }

    @Test
    void anArgumentStartingWithAnAtIsAValueNotAFileToRead() throws IOException {
        Path secret = Files.writeString(temp.resolve("hostname"), "Mallory");
        Path folder = temp.resolve("journal");

        assertThat(run("--data-dir", folder.toString(), "add", "@" + secret)).isZero();

        assertThat(out).startsWith("Added @" + secret + " (id ");
        try (Journal journal = Journal.open(folder, CLOCK)) {
            assertThat(JournalProbe.personNames(journal)).containsExactly("@" + secret);
        }
    }

    @Test
    void aMissingValueIsOneSentenceNotTheWholeUsage() {
        assertThat(run("--data-dir", temp.toString(), "log")).isEqualTo(2);

        assertThat(err.lines()).containsExactly("Missing required options: '--with=NAME', '--channel=C', '--depth=D'",
                "See kith log --help for how to use it.");
        assertThat(run("--data-dir", temp.toString(), "add")).isEqualTo(2);
        assertThat(err.lines()).containsExactly("Missing required parameter: 'NAME'",
                "See kith add --help for how to use it.");
        assertThat(temp.resolve("journal.mv.db")).doesNotExist();
    }

    @Test
    void withoutACommandTheWindowOpensOnTheDataFolder() {
        Path folder = temp.resolve("journal");

        assertThat(run("--data-dir", folder.toString())).isZero();

        assertThat(windowsOpened).containsExactly(folder.toAbsolutePath().normalize());
        assertThat(out).isEmpty();
        assertThat(err).isEmpty();
    }

    @Test
    void onlyKithsOwnOptionsSkipBuildingTheCommands() {
        KithCli cli = new KithCli(CLOCK, window);

        assertThat(cli.opensWindow(new String[0])).isTrue();
        assertThat(cli.opensWindow(new String[] {"--data-dir", temp.toString()})).isTrue();
        assertThat(cli.opensWindow(new String[] {"--data-dir=" + temp, "--passphrase-file", "p.txt"})).isTrue();
        assertThat(cli.opensWindow(new String[] {"--data-dir", temp.toString(), "people"})).isFalse();
        assertThat(cli.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(cli.opensWindow(new String[] {"-V"})).isFalse();
        assertThat(cli.opensWindow(new String[] {"help"})).isFalse();
        assertThat(cli.opensWindow(new String[] {"--data-dir"})).isFalse();
        assertThat(cli.opensWindow(new String[] {"frobnicate"})).isFalse();
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void whatALauncherPassesOpensTheWindowWithoutPicocli() {
        assertThat(KithCli.onlyOpensWindow(new String[0])).isTrue();
        assertThat(KithCli.onlyOpensWindow(new String[] {"--data-dir", temp.toString()})).isTrue();
        assertThat(KithCli.onlyOpensWindow(new String[] {"--data-dir=" + temp})).isTrue();
        assertThat(KithCli.onlyOpensWindow(new String[] {"--data-dir", "--help"})).isFalse();
        assertThat(KithCli.onlyOpensWindow(new String[] {"--data-dir", temp.toString(), "people"})).isFalse();
        assertThat(KithCli.onlyOpensWindow(new String[] {"--data-dir=" + temp, "--passphrase-file", "p"})).isFalse();
        assertThat(KithCli.onlyOpensWindow(new String[] {"--help"})).isFalse();
        assertThat(KithCli.onlyOpensWindow(new String[] {"people"})).isFalse();

        assertThat(run("--data-dir=" + temp.resolve("one"))).isZero();
        assertThat(run("--data-dir", temp.resolve("two").toString())).isZero();
        assertThat(windowsOpened).containsExactly(temp.resolve("one").toAbsolutePath().normalize(),
                temp.resolve("two").toAbsolutePath().normalize());
        assertThat(run("--data-dir=")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("--data-dir is empty: name the folder that holds the journal,"
                + " e.g. --data-dir ~/kith.");
    }

    @Test
    void anUnknownCommandIsNamedAsWithTheCommandsBuilt() {
        assertThat(run("--data-dir", temp.toString(), "frobnicate")).isEqualTo(2);

        assertThat(err.lines().findFirst()).contains("Unknown command or argument: 'frobnicate'.");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void aWindowThatCannotOpenIsOneSentenceAndExitCodeOne() {
        window = folder -> {
            throw new CommandFailure("Kith could not open its window (no display).");
        };

        assertThat(run("--data-dir", temp.toString())).isEqualTo(1);

        assertThat(err).isEqualTo("Kith could not open its window (no display)." + System.lineSeparator());
    }

    @Test
    void anUnexpectedErrorIsStillOneSentence() {
        window = folder -> {
            throw new IllegalStateException("the cat sat on the keyboard\nsecond line");
        };

        assertThat(run()).isEqualTo(1);

        assertThat(err).isEqualTo("Kith stopped unexpectedly: the cat sat on the keyboard" + System.lineSeparator());
    }

    private int run(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int exitCode = new KithCli(CLOCK, window).run(args, new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return exitCode;
    }

    private static String[] sample(Path folder, String seed) {
        List<String> args = new ArrayList<>(List.of("--data-dir", folder.toString(), "sample", "--seed", seed));
        args.addAll(List.of(SMALL));
        return args.toArray(String[]::new);
    }

    private static List<String> names(Path folder) {
        try (Journal journal = Journal.open(folder, CLOCK)) {
            return JournalProbe.personNames(journal);
        }
    }
}
