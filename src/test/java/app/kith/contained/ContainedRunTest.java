package app.kith.contained;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the window, run in a JVM where any network use fails the run and the system's temporary
 * folder is a fresh one: no connection is tried, nothing is left in the temporary folder, and everything Kith wrote
 * in its data folder is the owner's only.
 */
class ContainedRunTest {

    @TempDir
    Path temp;

    @Test
    void kithUsesNoNetworkLeavesNothingInTheTemporaryFolderAndKeepsItsFilesPrivate() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path systemTemp = Files.createDirectories(temp.resolve("system-temp"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.security.manager=allow",
                "-Djava.io.tmpdir=" + systemTemp, "-Dtestfx.robot=glass", "-Dtestfx.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-Djavafx.cachedir=" + Path.of("target", "javafx-cache").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), ContainedRun.class.getName(), data.toString()));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // A guard against a hung child, not a timing assertion.
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();

        assertThat(output).as(output).contains("problems: 0").doesNotContain("network:");
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(contents(systemTemp)).as("left in the system's temporary folder").isEmpty();
        assertThat(notPrivate(data.resolve("journal"))).as("readable by others").isEmpty();
    }

    private static List<Path> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> !path.equals(folder)).toList();
        }
    }

    private static List<String> notPrivate(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> {
                try {
                    String wanted = Files.isDirectory(path) ? "rwx------" : "rw-------";
                    return !PosixFilePermissions.toString(Files.getPosixFilePermissions(path)).equals(wanted);
                } catch (IOException e) {
                    return true;
                }
            }).map(path -> path + " " + permissions(path)).toList();
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            return "?";
        }
    }
}
