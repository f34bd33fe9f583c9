package app.kith.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small disk for the tests of a full and a read-only disk: a tmpfs of a few megabytes mounted on a folder,
 * which only a process allowed to mount can make (root on Linux; the tests are skipped, and say so, elsewhere).
 */
final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of the given size on the folder, or skips the test when this system will not. */
    static SmallDisk mount(Path folder, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString());
        Assumptions.assumeTrue(mounted, "this system does not let the tests mount a small disk (root on Linux)");
        return new SmallDisk(folder);
    }

    Path folder() {
        return mountPoint;
    }

    /** Makes the disk read-only, as a locked SD card or a read-only share would be. */
    void makeReadOnly() throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,ro", mountPoint.toString())) {
            throw new IllegalStateException("the small disk could not be made read-only");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", mountPoint.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return false;
        }
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false;
        }
        return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
    }
}
