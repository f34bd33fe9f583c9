package app.kith.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The journal's backups in {@code backups/} inside the data folder: each a consistent copy taken while the journal
 * is open (H2's online backup), encrypted when the journal is, checked after it is written (it opens and holds as
 * many entries as the journal did), and kept to the last N (a setting, 10 unless changed).
 */
public final class Backups {

    /** How many backups are kept in the backup folder: a journal setting. */
    public static final String KEEP = "backups.keep";
    public static final int DEFAULT_KEEP = 10;
    public static final int MIN_KEEP = 1;
    public static final int MAX_KEEP = 100;
    /** The automatic backup while the window is open is taken when the latest is older than this. */
    public static final Duration DAILY = Duration.ofDays(1);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** journal-closing-20261122-100000.zip, and -2, -3… for a second one in the same second. */
    private static final Pattern NAME = Pattern.compile("journal-(.+)-(\\d{8}-\\d{6})(?:-(\\d+))?\\.zip");
    private static final String WORK_FOLDER = ".work";

    private final Database database;
    private final Clock clock;

    Backups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The backup folder: {@code backups/} in the data folder. */
    public Path folder() {
        return database.backupFolder();
    }

    /**
     * Takes a backup into the backup folder, checks it, and keeps only the newest backups.
     *
     * @param label why, for its name: "closing", "daily", "manual", "before-restore"…
     * @throws JournalException when it cannot be written or does not read back whole; no backup is left then
     */
    public BackupFile backUp(String label) {
        Path target;
        try {
            JournalFiles.createPrivateFolder(folder());
            removeLeftovers();
            target = freeName(label);
        } catch (IOException e) {
            throw cannotWrite(folder(), e);
        }
        BackupFile taken = write(target, label);
        prune(target);
        return taken;
    }

    /**
     * Takes a backup into a file the person chose (kith backup FILE), checked as any other; the backup folder's
     * count does not apply to it.
     *
     * @throws JournalException when it cannot be written or does not read back whole; no file is left then
     */
    public BackupFile backUpTo(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new JournalException(target + " already exists: choose another name.");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new JournalException("Kith could not write a backup to " + target + ": the folder "
                    + target.getParent() + " does not exist.");
        }
        return write(target, "manual");
    }

    /** The backups in the backup folder, newest first; a file that is not a backup is left out. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<BackupFile> backups = new ArrayList<>();
        for (Path file : byAge(folder())) {
            Matcher name = NAME.matcher(file.getFileName().toString());
            try {
                backups.add(BackupZip.describe(file, name.matches() ? name.group(1) : "manual"));
            } catch (IOException e) {
                // Not a backup Kith can read: not offered for a restore.
            }
        }
        return backups;
    }

    /** The newest backup in the backup folder, if any. */
    public Optional<BackupFile> latest() {
        return list().stream().findFirst();
    }

    /** True when no backup was taken in the last day: time for the window's daily one. */
    public boolean dueDaily() {
        return latest().map(backup -> backup.takenAt().plus(DAILY).isBefore(clock.instant())).orElse(true);
    }

    /** How many backups the backup folder keeps. */
    public int keep() {
        try {
            return new SettingsRepository(database).get(KEEP).map(String::strip).map(Integer::valueOf)
                    .filter(n -> n >= MIN_KEEP && n <= MAX_KEEP).orElse(DEFAULT_KEEP);
        } catch (NumberFormatException | JournalException e) {
            return DEFAULT_KEEP;
        }
    }

    /** @throws JournalException when the count is outside 1–100; nothing is changed then */
    public void setKeep(int count) {
        if (count < MIN_KEEP || count > MAX_KEEP) {
            throw new JournalException("Kith keeps between " + MIN_KEEP + " and " + MAX_KEEP + " backups, not "
                    + count + ".");
        }
        new SettingsRepository(database).put(KEEP, Integer.toString(count));
    }

    /**
     * Removes what a backup killed half-way left in the backup folder (its work folder, its part file); safe, since
     * only the process holding the journal writes backups there.
     */
    private void removeLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(WORK_FOLDER + "-")) {
                    JournalFiles.deleteWorkFolder(file);
                } else if (name.startsWith(".") && name.endsWith(".zip.part")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Writes the backup beside its target, checks it, and moves it into place: whole, or no file at all. */
    private BackupFile write(Path target, String label) {
        Path work = target.getParent().resolve(WORK_FOLDER + "-" + target.getFileName());
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            JournalFiles.deleteWorkFolder(work);
            JournalFiles.createPrivateFolder(work);
            JournalCounts counts = database.counts();
            Path h2Backup = work.resolve("h2.zip");
            database.backupTo(h2Backup);
            boolean encrypted = database.key() != null;
            BackupFile taken = new BackupFile(target, clock.instant(), label, counts, encrypted);
            Files.deleteIfExists(part);
            Files.createFile(part);
            JournalFiles.ownerOnly(part);
            BackupZip.write(part, h2Backup, taken, KeySalt.file(database.folder()));
            Durable.force(part);
            check(part, work.resolve("check"), counts);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            Durable.forceFolder(target.getParent());
            return taken;
        } catch (IOException | SQLException e) {
            throw cannotWrite(target.getParent(), e);
        } finally {
            JournalFiles.deleteWorkFolder(work);
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // A hidden .part file left behind is harmless and never read.
            }
        }
    }

    /** The backup opens with the journal's key and holds as many entries as the journal did. */
    private void check(Path backup, Path folder, JournalCounts expected) throws IOException, SQLException {
        JournalFiles.createPrivateFolder(folder);
        BackupZip.extract(backup, JournalFiles.JOURNAL, JournalFiles.journal(folder));
        JournalCounts found = countWithoutMigrating(folder, database.key());
        if (!found.equals(expected)) {
            throw new IOException("the backup did not read back whole (" + found + " instead of " + expected + ")");
        }
    }

    /**
     * Counts a journal's entries with plain SQL, without Flyway: a backup may hold an older schema, which must be
     * read as it is, not upgraded, to be checked.
     */
    static JournalCounts countWithoutMigrating(Path folder, JournalKey key) throws SQLException {
        JournalConnections connections = new JournalConnections(folder.resolve(Database.FILE_NAME), key,
                JournalConnections.Access.READ_UNLOCKED);
        try (Connection connection = connections.connect(); Statement statement = connection.createStatement()) {
            return new JournalCounts(count(statement, "PERSON"), count(statement, "INTERACTION"),
                    count(statement, "FAVOUR"), count(statement, "FOLLOW_UP"));
        }
    }

    private static int count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Deletes the oldest backups beyond the count kept; never the one just taken. */
    private void prune(Path justTaken) {
        List<Path> all = byAge(folder());
        int keep = keep();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            if (!old.equals(justTaken)) {
                try {
                    Files.deleteIfExists(old);
                } catch (IOException e) {
                    // Kept one more than asked; the next backup tries again.
                }
            }
        }
    }

    /** The backup files in the folder, newest first (by the time in their names). */
    private static List<Path> byAge(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Backups::sortKey).thenComparing(Backups::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String sortKey(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        name.matches();
        return name.group(2) + String.format("-%06d", name.group(3) == null ? 1 : Integer.parseInt(name.group(3)));
    }

    /** Two backups named for the same second (a clock that stands still) are told apart by their files' times. */
    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private Path freeName(String label) {
        String base = "journal-" + label + "-" + LocalDateTime.now(clock).format(STAMP);
        Path target = folder().resolve(base + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder().resolve(base + "-" + n + ".zip");
        }
        return target;
    }

    private static JournalException cannotWrite(Path folder, Exception error) {
        return new JournalException("Kith could not write a backup to " + folder + ": "
                + ErrorSentences.reason(error) + ". The journal is as it was.", error);
    }
}
