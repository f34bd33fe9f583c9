package app.kith.exchange.archive;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.store.ImportOutcome;
import app.kith.store.Journal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive imports in a heap smaller than the archive read whole would take: it is streamed from the file,
 * never held (issue 14: M's archive in 256 MB). Scaled down: 30,000 conversations (9 MB of JSON) into a fresh
 * process limited to 48 MB, where reading the whole archive into a tree first ran out of memory (measured with the
 * reader this replaced; the streaming import passed at 48 MB and failed at 32, the journal's one transaction
 * holding what it writes).
 */
class ArchiveSmallHeapTest {

    private static final int CONVERSATIONS = 30_000;

    @TempDir
    Path temp;

    @Test
    void aLargeArchiveImportsInASmallHeap() throws IOException, InterruptedException {
        Path archive = TestArchives.conversations(temp.resolve("large.json"), CONVERSATIONS);
        Path log = temp.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx48m", "-XX:+UseSerialGC", "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true", "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                archive.toString(), temp.resolve("journal").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("the child import ended").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("conversations " + CONVERSATIONS);
    }

    /** The import in the child process: prints what it imported. */
    static final class Child {

        private Child() {
        }

        public static void main(String[] args) {
            try (Journal journal = Journal.open(Path.of(args[1]), Clock.systemDefaultZone())) {
                ImportOutcome outcome = new ArchiveImport(journal).importFile(Path.of(args[0]));
                System.out.println("conversations " + outcome.interactionsAdded());
            }
        }
    }
}
