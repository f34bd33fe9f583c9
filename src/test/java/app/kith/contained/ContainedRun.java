package app.kith.contained;

import app.kith.cli.KithCli;
import app.kith.sample.SampleSpec;
import app.kith.ui.KithApp;
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
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run by {@code ContainedRunTest} in a JVM of its own, where the network is refused ({@link NoNetwork}) and the
 * system's temporary folder is a fresh one: every command of the command line, then the window (headless), on a
 * data folder given as the only argument. Prints each command that failed and each network attempt; the exit
 * status is the number of problems.
 */
public final class ContainedRun {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final long PATIENCE_SECONDS = 60;

    private final Path data;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ContainedRun(Path data) {
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        NoNetwork guard = new NoNetwork();
        System.setSecurityManager(guard);
        ContainedRun run = new ContainedRun(Path.of(args[0]));
        run.guardWorks(guard);
        run.commandLine();
        run.window();
        guard.attempts().forEach(attempt -> run.problems.add("network: " + attempt));
        run.problems.forEach(System.out::println);
        System.out.println("problems: " + run.problems.size());
        System.out.flush();
        System.exit(Math.min(run.problems.size(), 100));
    }

    /** The guard itself: a connection is refused and noted (then forgotten, as it was the run's own). */
    private void guardWorks(NoNetwork guard) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", 9)) {
            problems.add("the guard let a connection through");
        } catch (SecurityException expected) {
            if (guard.attempts().size() != 1) {
                problems.add("the guard did not note a connection");
            }
            guard.attempts().clear();
        } catch (IOException e) {
            problems.add("the guard let a connection be tried: " + e);
        }
    }

    /** Every command, as a person would run them, on a journal with a passphrase and without. */
    private void commandLine() throws IOException {
        Path journal = data.resolve("journal");
        Path archive = data.resolve("exports").resolve("all.json");
        Files.createDirectories(archive.getParent());
        kith("--data-dir", journal.toString(), "sample", "--people", "12", "--interactions", "60", "--favours", "6",
                "--years", "2");
        kith("--data-dir", journal.toString(), "add", "Maya Cole", "--email", "maya@example.org");
        kith("--data-dir", journal.toString(), "log", "--with", "Maya", "--channel", "call", "--depth", "deep");
        kith("--data-dir", journal.toString(), "people", "--json");
        kith("--data-dir", journal.toString(), "review");
        kith("--data-dir", journal.toString(), "today", "--json");
        kith("--data-dir", journal.toString(), "duplicates");
        kith("--data-dir", journal.toString(), "snooze", "Maya", "--for", "1w");
        Path card = Files.writeString(data.resolve("exports").resolve("ada.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                + "FN:Ada Lovelace\r\nEMAIL:ada@example.org\r\nPHOTO;VALUE=uri:http://example.org/ada.jpg\r\n"
                + "END:VCARD\r\n");
        kith("--data-dir", journal.toString(), "import", card.toString());
        kith("--data-dir", journal.toString(), "export", data.resolve("exports").resolve("dates.ics").toString());
        kith("--data-dir", journal.toString(), "export", archive.toString());
        kith("--data-dir", data.resolve("imported").toString(), "import", archive.toString());
        env.put("KITH_NEW_PASSPHRASE", "correct horse battery");
        kith("--data-dir", journal.toString(), "passphrase", "set");
        env.put("KITH_PASSPHRASE", "correct horse battery");
        kith("--data-dir", journal.toString(), "backup");
        Path backup = data.resolve("exports").resolve("backup.zip");
        kith("--data-dir", journal.toString(), "backup", backup.toString());
        kith("--data-dir", journal.toString(), "restore", backup.toString());
        env.put("KITH_NEW_PASSPHRASE", "tr0ubador & friends");
        kith("--data-dir", journal.toString(), "passphrase", "change");
        env.put("KITH_PASSPHRASE", "tr0ubador & friends");
        kith("--data-dir", journal.toString(), "passphrase", "remove");
        env.clear();
    }

    private void kith(String... args) {
        StringWriter err = new StringWriter();
        int exitCode = new KithCli(CLOCK, folder -> { }, env, null).run(args, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        if (exitCode != 0) {
            problems.add("kith " + String.join(" ", args) + " failed (" + exitCode + "): " + err.toString().strip());
        }
    }

    /** The window, headless: opened on the journal, every screen shown, closed. */
    private void window() throws Exception {
        FxToolkit.registerPrimaryStage();
        KithApp app = (KithApp) FxToolkit.setupApplication(() -> new KithApp(CLOCK, data.resolve("journal"),
                new SampleSpec(12, 60, 8, 2, 7)));
        FxRobot robot = new FxRobot();
        show(robot, "#rail-people", "#people-list");
        show(robot, "#rail-review", "#review");
        show(robot, "#rail-settings", "#settings-backups");
        show(robot, "#rail-today", "#rail-today");
        FxToolkit.cleanupApplication(app);
        app.closed().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
    }

    /** Shows a screen from the rail and waits for what it shows. */
    private static void show(FxRobot robot, String rail, String shown) throws Exception {
        ToggleButton button = waitFor(robot, rail);
        FxToolkit.setupFixture(button::fire);
        waitFor(robot, shown);
    }

    private static <T extends Node> T waitFor(FxRobot robot, String selector) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(selector).tryQuery().isPresent());
        return robot.lookup(selector).query();
    }
}
