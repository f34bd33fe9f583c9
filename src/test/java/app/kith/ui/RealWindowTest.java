package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.ui.shell.PreferencesFile;
import app.kith.ui.shell.ThemeChoice;
import app.kith.ui.shell.WindowBounds;
import app.kith.ui.shell.WindowPreferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kith's own window on a real X display with a window manager, as a person starts it: Monocle places a window
 * exactly where it is asked to, so it cannot tell whether the window manager keeps the size Kith sets (JavaFX 21
 * on GTK did not: JDK-8316423). Each test starts Kith in a process of its own and reads the window's frame from
 * the X server with xdotool.
 *
 * <p>Run only when asked, since a build machine may have no display: start {@code Xvfb :99 -screen 0 1600x1000x24}
 * and {@code DISPLAY=:99 openbox}, then {@code mvn test -Dtest=RealWindowTest -Dkith.display=:99}. Without
 * {@code kith.display} JUnit reports these tests as skipped.
 */
@EnabledIfSystemProperty(named = "kith.display", matches = ".+")
class RealWindowTest {

    private static final Pattern GEOMETRY = Pattern.compile("Position: (-?\\d+),(-?\\d+).*Geometry: (\\d+)x(\\d+)",
            Pattern.DOTALL);
    private static final long PATIENCE_MILLIS = 90_000;
    /** How long the window's frame must stay put before it counts as settled. */
    private static final long SETTLED_MILLIS = 3_000;

    @TempDir
    Path data;

    private Process kith;

    @AfterEach
    void closeKith() throws InterruptedException {
        if (kith != null && kith.isAlive()) {
            kith.destroy();
            if (!kith.waitFor(30, TimeUnit.SECONDS)) {
                kith.destroyForcibly();
            }
        }
    }

    @Test
    void theFirstWindowOpensAtTheIntendedSizeInTheMiddleOfTheScreen() throws Exception {
        int[] screen = rootSize();
        assertThat(screen).as("the test display's size").containsExactly(1600, 1000);
        assertThat(windowManagerRuns()).as("a window manager on " + display()).isTrue();

        int[] window = settledWindow();

        assertThat(window[2]).as("width").isGreaterThanOrEqualTo(1100);
        assertThat(window[3]).as("height").isGreaterThanOrEqualTo(700);
        int middleX = window[0] + window[2] / 2;
        int middleY = window[1] + window[3] / 2;
        // The frame's title bar shifts the inside a little down: the middle is allowed a title bar's slack.
        assertThat(Math.abs(middleX - 800)).as("distance of the window's middle from the screen's").isLessThan(40);
        assertThat(Math.abs(middleY - 500)).as("distance of the window's middle from the screen's").isLessThan(40);
    }

    @Test
    void aWindowLastSeenOnAMonitorNowUnpluggedOpensOnTheScreenThatIsLeft() throws Exception {
        assertThat(windowManagerRuns()).as("a window manager on " + display()).isTrue();
        new PreferencesFile(data).save(new WindowPreferences(ThemeChoice.LIGHT, false,
                new WindowBounds(2200, 300, 1300, 800), false));

        int[] window = settledWindow();

        assertThat(window[0]).as("left edge").isGreaterThanOrEqualTo(0);
        assertThat(window[1]).as("top edge").isGreaterThanOrEqualTo(0);
        assertThat(window[0] + window[2]).as("right edge").isLessThanOrEqualTo(1600);
        assertThat(window[1] + window[3]).as("bottom edge").isLessThanOrEqualTo(1000);
        assertThat(window[2]).as("width kept").isGreaterThanOrEqualTo(1250);
    }

    /** Starts Kith on the test's data folder and returns its window's x, y, width, height once they stay put. */
    private int[] settledWindow() throws Exception {
        start();
        long giveUp = System.currentTimeMillis() + PATIENCE_MILLIS;
        String id = null;
        while (id == null && System.currentTimeMillis() < giveUp) {
            assertThat(kith.isAlive()).as("Kith is running (see " + data.resolve("kith.out") + ")").isTrue();
            List<String> found = run("xdotool", "search", "--onlyvisible", "--name", "^Kith$");
            id = found.isEmpty() ? null : found.get(0);
            Thread.sleep(300);
        }
        assertThat(id).as("Kith's window on " + display()).isNotNull();
        int[] last = geometry(id);
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - stableSince < SETTLED_MILLIS && System.currentTimeMillis() < giveUp) {
            Thread.sleep(250);
            int[] now = geometry(id);
            if (!java.util.Arrays.equals(now, last)) {
                last = now;
                stableSince = System.currentTimeMillis();
            }
        }
        return last;
    }

    private void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djavafx.cachedir=" + Path.of("target", "javafx-cache-real").toAbsolutePath(),
                "-Dprism.order=sw", "app.kith.Kith", "--data-dir", data.toString());
        builder.environment().put("DISPLAY", display());
        builder.redirectErrorStream(true).redirectOutput(data.resolve("kith.out").toFile());
        kith = builder.start();
    }

    private static int[] geometry(String window) throws Exception {
        String said = String.join("\n", run("xdotool", "getwindowgeometry", window));
        Matcher matcher = GEOMETRY.matcher(said);
        assertThat(matcher.find()).as("xdotool's answer: " + said).isTrue();
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))};
    }

    private static int[] rootSize() throws Exception {
        String said = String.join("\n", run("xwininfo", "-root"));
        Matcher width = Pattern.compile("Width: (\\d+)").matcher(said);
        Matcher height = Pattern.compile("Height: (\\d+)").matcher(said);
        assertThat(width.find() && height.find()).as("xwininfo's answer: " + said).isTrue();
        return new int[] {Integer.parseInt(width.group(1)), Integer.parseInt(height.group(1))};
    }

    /** An EWMH window manager (openbox, and most others) names itself on the root window. */
    private static boolean windowManagerRuns() throws Exception {
        return String.join("\n", run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK")).contains("window id");
    }

    private static List<String> run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display());
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        return lines;
    }

    private static String display() {
        return System.getProperty("kith.display");
    }
}
