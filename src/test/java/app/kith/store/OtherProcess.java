package app.kith.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Another Kith process holding a journal open, as a window left open would, until it is told to let go: for the
 * tests of what a second process must not do to a journal in use. {@link #main} runs in the other JVM.
 */
public final class OtherProcess implements AutoCloseable {

    private final Process process;

    private OtherProcess(Process process) {
        this.process = process;
    }

    /** Starts a JVM that opens the journal in the folder (with the passphrase, when one is given) and holds it. */
    public static OtherProcess holding(Path folder, String passphrase) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", OtherProcess.class.getName(), folder.toString());
        if (passphrase != null) {
            builder.environment().put("KITH_TEST_PASSPHRASE", passphrase);
        }
        Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"open".equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the other process did not open the journal: " + line);
        }
        return new OtherProcess(process);
    }

    /** Kills the process (SIGKILL), as a crash or a power cut would: it closes nothing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Lets go of the journal and waits for the process to end. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            // A guard against a hung child, not a timing assertion.
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        String passphrase = System.getenv("KITH_TEST_PASSPHRASE");
        JournalKey key = passphrase == null ? null : JournalKey.unlock(folder, passphrase.toCharArray());
        try (Journal journal = Journal.open(folder, Clock.systemUTC(), key)) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Holds the journal until the test closes this process's input.
            }
        }
    }
}
