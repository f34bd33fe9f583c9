package app.kith.crash;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalEntries;
import app.kith.store.JournalException;
import app.kith.store.JournalKey;
import app.kith.store.TestKeys;
import app.kith.store.WrongPassphrase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Crash safety, shown: starts a writing Kith process ({@link CrashingWriter}) again and again, kills it with SIGKILL
 * at a random moment, and after each kill opens the journal and checks that it opens (with the passphrase it had,
 * or the one a change under way was setting), that every write acknowledged is in it, and that no write is
 * half-applied (a conversation without its favour, part of an import). {@code CrashHarnessTest} runs it in the
 * build; {@link #main} runs a longer one on demand.
 */
public final class CrashHarness {

    private static final String FIRST = "correct horse battery";
    private static final String SECOND = "tr0ubador & friends";
    /** A child that does not end for this long is hung: a guard, not a measured figure. */
    private static final long PATIENCE_SECONDS = 60;

    private final Path folder;
    private final Path ackLog;
    private final Random random;
    private final int maxKillMillis;
    private final Clock clock = Clock.systemDefaultZone();
    private final List<String> problems = new ArrayList<>();
    private String passphrase = FIRST;
    private Process next;
    /** How many entries the log had before this trial: the trial's own come after. */
    private int logged;
    private int trials;
    private int killsMidWrite;
    private int passphraseKills;
    private int changedMidTrial;
    private int acknowledged;
    private int lost;
    private int halfApplied;

    /**
     * What a run found.
     *
     * @param passphraseKills kills that came while the passphrase was being changed
     * @param changedMidTrial trials after which the journal opened with a passphrase a change acknowledged in that
     *                        trial had set (not the one the trial began with)
     */
    public record Figures(int trials, int killsMidWrite, int passphraseKills, int changedMidTrial, int acknowledged,
                          int lost, int halfApplied, List<String> problems) {
    }

    /**
     * @param root an empty folder for the journal, the log and the archives
     * @param maxKillMillis kills come at a random moment up to this long after the process says it is ready
     */
    public CrashHarness(Path root, long seed, int maxKillMillis) throws IOException {
        this.folder = root.resolve("journal");
        this.ackLog = root.resolve("acknowledged.log");
        this.random = new Random(seed);
        this.maxKillMillis = maxKillMillis;
        try (Journal journal = Journal.open(folder, clock)) {
            journal.people().add(Person.named("Before the first trial"));
        }
        TestKeys.set(folder, clock, FIRST);
    }

    /** Runs the trials and says what they found. */
    public Figures run(int count) throws IOException, InterruptedException {
        try {
            for (int i = 0; i < count; i++) {
                trial();
            }
        } finally {
            stopNext();
        }
        return new Figures(trials, killsMidWrite, passphraseKills, changedMidTrial, acknowledged, lost, halfApplied, List.copyOf(problems));
    }

    private void trial() throws IOException, InterruptedException {
        trials++;
        Process writer = next != null ? next : start();
        BufferedReader said = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        await(writer, said, CrashingWriter.WARM);
        String go = "go\t" + trials + "\t" + passphrase + "\t" + (passphrase.equals(FIRST) ? SECOND : FIRST) + "\n";
        writer.getOutputStream().write(go.getBytes(StandardCharsets.UTF_8));
        writer.getOutputStream().flush();
        // The next writer warms up while this one writes and is checked: a JVM takes longer to start than a trial.
        next = start();
        // Most kills come once the journal is open, among the writes; the others while it opens.
        if (random.nextInt(4) > 0) {
            await(writer, said, CrashingWriter.OPEN);
        }
        Thread.sleep(random.nextInt(maxKillMillis + 1));
        if (!writer.isAlive()) {
            problems.add("trial " + trials + ": the writer ended by itself (exit code " + writer.exitValue()
                    + ") before it was killed");
        }
        writer.destroyForcibly();
        if (!writer.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the writing process did not die");
        }
        AckLog log = AckLog.read(ackLog);
        if (log.unfinished() != null) {
            killsMidWrite++;
            if (log.unfinished().kind().equals(AckLog.PASSPHRASE)) {
                passphraseKills++;
            }
        }
        check(log, logged);
        logged = log.entries().size();
    }

    /** Stops the writer warming up for a trial that will not come. */
    private void stopNext() throws InterruptedException {
        if (next != null) {
            next.destroyForcibly();
            next.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
            next = null;
        }
    }

    private Process start() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                // A lean JVM: the harness measures survival, not speed, and starts a few hundred of them.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(),
                folder.toString(), ackLog.toString(), Long.toString(random.nextLong())));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits for the writer to say it is warm, or that the journal is open. */
    private static void await(Process process, BufferedReader said, String word) throws IOException {
        String line = said.readLine();
        if (!word.equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the writing process did not say " + word + ", but " + line);
        }
    }

    /** Opens the journal as the next Kith would, and checks the log's writes against it. */
    private void check(AckLog log, int before) {
        Journal journal = open(log, before);
        if (journal == null) {
            return;
        }
        try (journal) {
            Contents contents = Contents.of(journal);
            for (AckLog.Entry entry : log.entries()) {
                if (entry.state() == AckLog.State.FAILED) {
                    problems.add("trial " + trials + ": a command failed: " + entry.kind() + " " + entry.token()
                            + ": " + entry.failure());
                    continue;
                }
                int found = contents.found(entry);
                int whole = contents.whole(entry);
                if (entry.state() == AckLog.State.ACKNOWLEDGED && found != whole) {
                    lost++;
                    problems.add("trial " + trials + ": acknowledged " + entry.kind() + " " + entry.token()
                            + " is missing (" + found + " of " + whole + ")");
                } else if (found != 0 && found != whole) {
                    halfApplied++;
                    problems.add("trial " + trials + ": " + entry.kind() + " " + entry.token() + " is half-applied ("
                            + found + " of " + whole + ")");
                }
            }
            acknowledged = (int) log.entries().stream().filter(e -> e.state() == AckLog.State.ACKNOWLEDGED).count();
        }
    }

    /**
     * The journal, opened for reading with the passphrase it has after the trial's acknowledged changes, or the one a
     * change under way was setting; null (and a problem) when it opens with neither: an acknowledged change lost is
     * a lost write too.
     */
    private Journal open(AckLog log, int before) {
        String expected = passphrase;
        for (AckLog.Entry entry : log.entries().subList(before, log.entries().size())) {
            if (entry.kind().equals(AckLog.PASSPHRASE) && entry.state() == AckLog.State.ACKNOWLEDGED) {
                expected = entry.token();
            }
        }
        List<String> candidates = new ArrayList<>(List.of(expected));
        AckLog.Entry unfinished = log.unfinished();
        if (unfinished != null && unfinished.kind().equals(AckLog.PASSPHRASE)) {
            candidates.add(unfinished.token());
        }
        for (String candidate : candidates) {
            try {
                JournalKey key = JournalKey.unlock(folder, candidate.toCharArray());
                Journal journal = Journal.openForReading(folder, clock, key);
                if (!candidate.equals(passphrase) && candidate.equals(expected)) {
                    changedMidTrial++;
                }
                passphrase = candidate;
                return journal;
            } catch (WrongPassphrase wrong) {
                // The other candidate, then.
            } catch (JournalException e) {
                problems.add("trial " + trials + ": the journal does not open: " + e.getMessage());
                return null;
            }
        }
        problems.add("trial " + trials + ": the journal opens with neither " + candidates);
        return null;
    }

    /** What the journal holds, by the harness's names and notes. */
    private record Contents(Set<String> names, Map<String, UUID> talks, Map<UUID, Integer> favours) {

        static Contents of(Journal journal) {
            JournalEntries entries = new JournalEntries(journal);
            Set<String> names = new HashSet<>();
            entries.eachPerson(person -> names.add(person.name()));
            Map<String, UUID> talks = new HashMap<>();
            entries.eachInteraction((Interaction talk) -> {
                if (talk.notes() != null) {
                    talks.put(talk.notes(), talk.id());
                }
            });
            Map<UUID, Integer> favours = new HashMap<>();
            entries.eachFavour((Favour favour) -> {
                if (favour.interaction() != null) {
                    favours.merge(favour.interaction(), 1, Integer::sum);
                }
            });
            // Scores are read as a window would read them: a half-written digest would fail here.
            journal.scores().today();
            return new Contents(names, talks, favours);
        }

        /** How many parts of the write are in the journal. */
        int found(AckLog.Entry entry) {
            String token = entry.token();
            return switch (entry.kind()) {
                case AckLog.ADD -> names.contains(token) ? 1 : 0;
                case AckLog.LOG -> talks.containsKey(token) ? 1 + favours.getOrDefault(talks.get(token), 0) : 0;
                case AckLog.IMPORT -> (int) (countPrefix(names, token + " person ")
                        + countPrefix(talks.keySet(), token + " talk "));
                default -> whole(entry);
            };
        }

        /** How many parts the write has when it is whole. */
        int whole(AckLog.Entry entry) {
            return switch (entry.kind()) {
                case AckLog.ADD -> 1;
                case AckLog.LOG -> 2;
                case AckLog.IMPORT -> CrashArchive.PEOPLE + CrashArchive.TALKS;
                default -> 0;
            };
        }

        private static long countPrefix(Set<String> texts, String prefix) {
            return texts.stream().filter(text -> text.startsWith(prefix)).count();
        }
    }

    /**
     * A long run on demand: {@code java -cp "target/test-classes:target/classes:target/lib/*"
     * app.kith.crash.CrashHarness FOLDER [TRIALS] [SEED]}, into an empty FOLDER. A line of figures every
     * {@value #REPORT_EVERY} trials (and each problem as it is found), so that a run stopped early still says what
     * it found.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        Files.createDirectories(root);
        long started = System.nanoTime();
        CrashHarness harness = new CrashHarness(root, seed, 1_500);
        Figures figures = new Figures(0, 0, 0, 0, 0, 0, 0, List.of());
        while (figures.trials() < count) {
            int said = figures.problems().size();
            figures = harness.run(Math.min(REPORT_EVERY, count - figures.trials()));
            figures.problems().subList(said, figures.problems().size()).forEach(System.out::println);
            System.out.println(summary(seed, figures, started));
            System.out.flush();
        }
        System.exit(figures.problems().isEmpty() ? 0 : 1);
    }

    private static final int REPORT_EVERY = 50;

    private static String summary(long seed, Figures figures, long started) {
        return "Crash harness, seed " + seed + ": " + figures.trials() + " trials, "
                + figures.killsMidWrite() + " killed mid-write (" + figures.passphraseKills()
                + " while changing the passphrase), " + figures.changedMidTrial()
                + " opened with a passphrase changed earlier in the trial, " + figures.acknowledged()
                + " writes acknowledged, " + figures.lost() + " lost, " + figures.halfApplied() + " half-applied, "
                + figures.problems().size() + " problems, "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s";
    }
}
