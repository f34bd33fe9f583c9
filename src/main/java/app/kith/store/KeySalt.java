package app.kith.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

/**
 * The random salt, and the iteration count, that a folder's passphrase is stretched with (PBKDF2-HMAC-SHA256),
 * kept beside the journal in {@code journal.salt}. Not secret, but the journal cannot be opened without it.
 * A folder keeps its salt while its passphrase changes, so that the journal file is the only thing a change
 * swaps (one atomic rename); a new salt is made only when a passphrase is set on an unencrypted journal.
 */
record KeySalt(byte[] salt, int iterations) {

    static final String FILE_NAME = "journal.salt";
    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; about half a second here, once per opening. */
    static final int ITERATIONS = 600_000;
    static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;

    KeySalt {
        salt = salt.clone();
        if (salt.length < SALT_BYTES || iterations < 1) {
            throw new IllegalArgumentException("a salt of at least " + SALT_BYTES + " bytes and a positive count");
        }
    }

    /** A new random salt with Kith's iteration count. */
    static KeySalt fresh() {
        return fresh(ITERATIONS);
    }

    /** A new random salt; fewer iterations only for tests that open journals many times. */
    static KeySalt fresh(int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new KeySalt(salt, iterations);
    }

    static Path file(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /**
     * @throws JournalException when the folder has no salt file, or one Kith cannot read
     */
    static KeySalt read(Path folder) {
        Path file = file(folder);
        if (!Files.isRegularFile(file)) {
            throw new JournalException("The journal in " + folder + " is locked with a passphrase, but its salt file "
                    + FILE_NAME + " is missing beside it: Kith needs both (a backup holds both).");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            if (!KDF.equals(properties.getProperty("kdf"))) {
                throw new IllegalArgumentException("unknown key derivation " + properties.getProperty("kdf"));
            }
            return new KeySalt(Base64.getDecoder().decode(properties.getProperty("salt", "")),
                    Integer.parseInt(properties.getProperty("iterations", "").strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw new JournalException("The salt file " + file + " is damaged: Kith cannot open the journal without"
                    + " it; a backup holds a copy.", e);
        }
    }

    /** Writes the salt file whole or not at all (a temporary file moved into place). */
    void write(Path folder) throws IOException {
        Path target = file(folder);
        Path temporary = folder.resolve(FILE_NAME + ".part");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(text());
        }
        JournalFiles.ownerOnly(temporary);
        Durable.force(temporary);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Durable.forceFolder(folder);
    }

    /** The file's text: what it is, then the three values. */
    String text() {
        return "# Kith: the salt the journal's passphrase is stretched with. Not secret, but the journal\n"
                + "# cannot be opened without it: keep it beside journal.mv.db.\n"
                + "kdf=" + KDF + "\n"
                + "iterations=" + iterations + "\n"
                + "salt=" + Base64.getEncoder().encodeToString(salt) + "\n";
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeySalt that && iterations == that.iterations && Arrays.equals(salt, that.salt);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + iterations;
    }

    @Override
    public String toString() {
        return "KeySalt[" + iterations + " iterations]";
    }
}
