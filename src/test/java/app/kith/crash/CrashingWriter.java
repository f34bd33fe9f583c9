package app.kith.crash;

import app.kith.cli.KithCli;
import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.exchange.archive.ArchiveImport;
import app.kith.store.Journal;
import app.kith.store.JournalKey;
import app.kith.store.Passphrases;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A writing Kith process for the crash harness, run in its own JVM until it is killed. It first warms up (loads
 * H2, Flyway and jOOQ on a journal in memory) while the harness is busy with the trial before, says "warm", and on
 * "go" opens the journal and writes as the window does (adding people, logging conversations with a favour,
 * importing archives, changing the passphrase), now and then through a {@code kith} command instead. Each write is
 * noted in an acknowledgement log, with a plain unbuffered write a killed process cannot lose: "begin" before it,
 * "ack" once the save returned (or the command returned 0).
 *
 * <p>Arguments: data folder, acknowledgement log, seed. On standard input: "go", trial, passphrase, the other one.
 */
public final class CrashingWriter {

    static final String WARM = "warm";
    static final String OPEN = "open";

    private final Path folder;
    private final OutputStream log;
    private final int trial;
    private final Random random;
    private final List<Person> people = new ArrayList<>();
    private final Clock clock = Clock.systemDefaultZone();
    private String passphrase;
    private String other;
    private Journal journal;
    private int step;

    private CrashingWriter(Path folder, OutputStream log, int trial, long seed, String passphrase, String other) {
        this.folder = folder;
        this.log = log;
        this.trial = trial;
        this.random = new Random(seed);
        this.passphrase = passphrase;
        this.other = other;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        warmUp(Path.of(args[0]).resolveSibling("warm-" + ProcessHandle.current().pid()));
        System.out.println(WARM);
        System.out.flush();
        String[] go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .split("\t");
        try (OutputStream log = new FileOutputStream(args[1], true)) {
            new CrashingWriter(Path.of(args[0]), log, Integer.parseInt(go[1]), Long.parseLong(args[2]), go[2], go[3])
                    .run(go.length > 4 ? Integer.parseInt(go[4]) : Integer.MAX_VALUE);
        }
    }

    /** Loads what opening and writing a journal needs, on a journal of its own, so that the trial starts warm. */
    private static void warmUp(Path scratch) throws IOException {
        try (Journal warm = Journal.open(scratch, Clock.systemDefaultZone())) {
            warm.people().add(Person.named("Warm"));
            warm.scores().today();
        }
        try (var files = Files.walk(scratch)) {
            for (Path path : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Writes until killed (or for the given number of writes). */
    private void run(int writes) throws IOException {
        open();
        people.addAll(journal.people().all());
        System.out.println(OPEN);
        System.out.flush();
        for (int done = 0; done < writes; done++) {
            step++;
            int dice = random.nextInt(100);
            if (dice < 25) {
                add();
            } else if (dice < 70) {
                logConversation();
            } else if (dice < 82) {
                importArchive();
            } else if (dice < 88) {
                changePassphrase();
            } else {
                addWithTheCommandLine();
            }
        }
        journal.close();
    }

    private void open() {
        journal = Journal.open(folder, clock, JournalKey.unlock(folder, passphrase.toCharArray()));
    }

    private void add() throws IOException {
        Person person = Person.named("Person " + trial + "-" + step);
        begin(AckLog.ADD, person.name());
        journal.people().add(person);
        people.add(person);
        ack(AckLog.ADD, person.name());
    }

    private void logConversation() throws IOException {
        String notes = "talk " + trial + "-" + step;
        Person with = people.get(random.nextInt(people.size()));
        Interaction talk = Interaction.create(LocalDate.of(2026, 11, 1 + random.nextInt(20)), Channel.CALL,
                Depth.DEEP, null, 30, List.of(with.id()), notes);
        Favour favour = Favour.create(talk.date(), with.id(), FavourDirection.GIVEN, FavourSize.SMALL,
                FavourKind.HELP, "favour of " + notes, FavourStatus.DONE, talk.id());
        begin(AckLog.LOG, notes);
        journal.interactions().log(talk, List.of(favour), null);
        ack(AckLog.LOG, notes);
    }

    private void importArchive() throws IOException {
        String batch = "batch " + trial + "-" + step;
        Path archive = folder.resolveSibling("archives").resolve(trial + "-" + step + ".json");
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, CrashArchive.json(batch), StandardCharsets.UTF_8);
        begin(AckLog.IMPORT, batch);
        new ArchiveImport(journal).importFile(archive);
        ack(AckLog.IMPORT, batch);
    }

    private void changePassphrase() throws IOException {
        begin(AckLog.PASSPHRASE, other);
        journal.close();
        Passphrases.change(folder, clock, JournalKey.unlock(folder, passphrase.toCharArray()), other.toCharArray());
        ack(AckLog.PASSPHRASE, other);
        String was = passphrase;
        passphrase = other;
        other = was;
        open();
    }

    /** {@code kith add NAME}, as a separate command would run it: the window's journal closed meanwhile. */
    private void addWithTheCommandLine() throws IOException {
        String name = "Command " + trial + "-" + step;
        journal.close();
        begin(AckLog.ADD, name);
        StringWriter err = new StringWriter();
        int exitCode = new KithCli(clock, window -> { }, Map.of("KITH_PASSPHRASE", passphrase), null)
                .run(new String[] {"--data-dir", folder.toString(), "add", name}, new PrintWriter(new StringWriter()),
                        new PrintWriter(err));
        if (exitCode == 0) {
            ack(AckLog.ADD, name);
        } else {
            note("fail\t" + step + "\t" + AckLog.ADD + "\t" + name + "\t" + err.toString().strip().replace('\n', ' '));
        }
        open();
        journal.people().all().stream().filter(p -> p.name().equals(name)).findFirst().ifPresent(people::add);
    }

    private void begin(String kind, String token) throws IOException {
        note("begin\t" + step + "\t" + kind + "\t" + token);
    }

    private void ack(String kind, String token) throws IOException {
        note("ack\t" + step + "\t" + kind + "\t" + token);
    }

    /** One unbuffered write per line, tab-separated: once it returns, the line survives the process being killed. */
    private void note(String line) throws IOException {
        log.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
