package app.kith.store;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key a journal's file is encrypted with, stretched from the person's passphrase with PBKDF2-HMAC-SHA256 and
 * the folder's salt ({@link KeySalt}): H2's own derivation (CIPHER=AES) takes only ten rounds, so Kith does the
 * slow part itself and gives H2 a 256-bit random-looking file password. Never shown, never written.
 */
public final class JournalKey {

    private static final int KEY_BITS = 256;

    private final char[] filePassword;
    private final KeySalt salt;

    private JournalKey(char[] filePassword, KeySalt salt) {
        this.filePassword = filePassword;
        this.salt = salt;
    }

    /**
     * The key of the journal in the folder, from its passphrase; whether it is the right one shows when the
     * journal is opened with it ({@link WrongPassphrase}). Takes about half a second.
     *
     * @throws JournalException when the folder's salt file is missing or damaged
     */
    public static JournalKey unlock(Path folder, char[] passphrase) {
        return derive(passphrase, KeySalt.read(folder.toAbsolutePath().normalize()));
    }

    static JournalKey derive(char[] passphrase, KeySalt salt) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt.salt(), salt.iterations(), KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance(KeySalt.KDF).generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return new JournalKey(hex, salt);
        } catch (GeneralSecurityException e) {
            throw new JournalException("This Java has no " + KeySalt.KDF + ", which Kith needs for a passphrase.", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The file password as H2 takes it (the part before the space in a connection's password). */
    char[] filePassword() {
        return filePassword.clone();
    }

    KeySalt salt() {
        return salt;
    }

    /** The password of a connection: the file password, a space, and the user's (empty) password. */
    char[] connectionPassword() {
        char[] password = Arrays.copyOf(filePassword, filePassword.length + 1);
        password[filePassword.length] = ' ';
        return password;
    }

    /** True when the other key is this one (the same passphrase and salt); compared in constant time. */
    public boolean sameAs(JournalKey other) {
        return other != null && java.security.MessageDigest.isEqual(
                new String(filePassword).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                new String(other.filePassword).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "JournalKey[hidden]";
    }
}
