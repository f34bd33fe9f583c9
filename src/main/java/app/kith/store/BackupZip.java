package app.kith.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A backup file's layout: a zip holding {@code kith-backup.properties} (when it was taken, what it holds),
 * {@code journal.mv.db} exactly as H2's online backup copied it (so encrypted when the journal is), and, when it
 * is encrypted, the folder's {@code journal.salt}, without which it could not be opened elsewhere.
 */
final class BackupZip {

    static final String MANIFEST = "kith-backup.properties";
    private static final String FORMAT = "kith-backup";

    private BackupZip() {
    }

    /**
     * Writes the backup: the manifest, the journal file taken from H2's backup zip, and the salt when encrypted.
     */
    static void write(Path target, Path h2Backup, BackupFile what, Path saltFile) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file);
             ZipFile h2 = new ZipFile(h2Backup.toFile())) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(what).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            ZipEntry journal = h2.getEntry(JournalFiles.JOURNAL);
            if (journal == null) {
                throw new IOException("H2's backup holds no journal file");
            }
            zip.putNextEntry(new ZipEntry(JournalFiles.JOURNAL));
            try (InputStream in = h2.getInputStream(journal)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            if (what.encrypted()) {
                zip.putNextEntry(new ZipEntry(KeySalt.FILE_NAME));
                zip.write(Files.readAllBytes(saltFile));
                zip.closeEntry();
            }
        }
    }

    /**
     * Reads what a backup says of itself; a backup written before Kith kept a manifest (the first before-migration
     * backups) is dated by its file and counted only when restored.
     *
     * @throws IOException when the file is not a zip, or holds no journal
     */
    static BackupFile describe(Path file, String label) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry journal = zip.getEntry(JournalFiles.JOURNAL);
            if (journal == null) {
                throw new IOException("it holds no " + JournalFiles.JOURNAL);
            }
            boolean encrypted;
            try (InputStream in = zip.getInputStream(journal)) {
                encrypted = JournalFiles.startsEncrypted(in);
            }
            ZipEntry manifest = zip.getEntry(MANIFEST);
            if (manifest == null) {
                FileTime time = journal.getLastModifiedTime();
                return new BackupFile(file, time != null ? time.toInstant() : Files.getLastModifiedTime(file)
                        .toInstant(), label, null, encrypted);
            }
            Properties values = new Properties();
            try (InputStream in = zip.getInputStream(manifest)) {
                values.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            return new BackupFile(file, Instant.parse(values.getProperty("takenAt")), label, counts(values),
                    encrypted);
        } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
            throw new IOException("its description is damaged", e);
        } catch (java.util.zip.ZipException e) {
            throw new IOException("it is not a zip file", e);
        }
    }

    /** Copies one entry of the backup to a file; false when the backup has no such entry. */
    static boolean extract(Path backup, String entry, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry found = zip.getEntry(entry);
            if (found == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(found)) {
                Files.copy(in, target);
            }
            JournalFiles.ownerOnly(target);
            return true;
        }
    }

    /** Names the zip's entries in a listing, for the tests that look inside. */
    static java.util.List<String> entries(Path backup) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                names.add(all.nextElement().getName());
            }
        }
        return names;
    }

    private static String manifest(BackupFile what) throws IOException {
        Properties values = new Properties();
        values.setProperty("format", FORMAT);
        values.setProperty("version", "1");
        values.setProperty("takenAt", what.takenAt().toString());
        values.setProperty("label", what.label());
        values.setProperty("people", Integer.toString(what.counts().people()));
        values.setProperty("conversations", Integer.toString(what.counts().interactions()));
        values.setProperty("favours", Integer.toString(what.counts().favours()));
        values.setProperty("followUps", Integer.toString(what.counts().followUps()));
        values.setProperty("encrypted", Boolean.toString(what.encrypted()));
        StringWriter text = new StringWriter();
        values.store(text, "A backup of a Kith journal");
        return text.toString();
    }

    private static JournalCounts counts(Properties values) {
        return new JournalCounts(Integer.parseInt(values.getProperty("people")),
                Integer.parseInt(values.getProperty("conversations")),
                Integer.parseInt(values.getProperty("favours")),
                Integer.parseInt(values.getProperty("followUps")));
    }
}
