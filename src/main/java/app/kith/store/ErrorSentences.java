package app.kith.store;

import app.kith.common.ErrorText;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;

/**
 * Turns H2's errors into sentences a person understands. H2's own messages name tables, constraints
 * and SQL; none of that reaches a person, only what it means for their journal.
 */
final class ErrorSentences {

    /** What a table holds, in the words a person uses. */
    private static final Map<String, String> THINGS = Map.ofEntries(
            Map.entry("PERSON", "person"),
            Map.entry("PERSON_PHOTO", "photo"),
            Map.entry("PERSON_EMAIL", "email address"),
            Map.entry("PERSON_PHONE", "phone number"),
            Map.entry("PERSON_TAG", "tag"),
            Map.entry("PERSON_DATE", "date"),
            Map.entry("INTERACTION", "conversation"),
            Map.entry("INTERACTION_PERSON", "person in that conversation"),
            Map.entry("FAVOUR", "favour"),
            Map.entry("FOLLOW_UP", "follow-up"),
            Map.entry("REVIEW", "review"),
            Map.entry("REVIEW_DECISION", "review decision"),
            Map.entry("SETTING", "setting"));

    /** "... REFERENCES PUBLIC.PERSON(ID) ..." in a foreign-key violation. */
    private static final Pattern REFERENCED = Pattern.compile("REFERENCES\\s+(?:\\w+\\.)?\"?(\\w+)\"?\\s*\\(");
    /** "... ON PUBLIC.PERSON(ID) VALUES ..." in a duplicate-key violation. */
    private static final Pattern INDEXED = Pattern.compile("\\sON\\s+(?:\\w+\\.)?\"?(\\w+)\"?\\s*\\(");

    private final Path folder;
    private final Path backups;

    ErrorSentences(Path folder, Path backups) {
        this.folder = folder;
        this.backups = backups;
    }

    /**
     * The sentence for an error met while doing something.
     *
     * @param doing what Kith was doing, e.g. "Kith could not save to the journal"
     */
    JournalException translate(String doing, Throwable error) {
        SQLException sql = findSqlException(error);
        int code = sql == null ? 0 : sql.getErrorCode();
        String message = sql == null || sql.getMessage() == null ? "" : sql.getMessage();
        return switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new JournalException("The journal in " + folder
                    + " is already open in another Kith window or command. Close it there and try again.", error);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.FILE_VERSION_ERROR_1 ->
                    damaged(error);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 -> hasCause(error, EOFException.class)
                    ? damaged(error)
                    : new JournalException(doing + ": the file in " + folder
                            + " cannot be written (is the disk full or read-only?).", error);
            case ErrorCode.DATABASE_IS_READ_ONLY -> new JournalException(doing + ": the file in " + folder
                    + " cannot be written (is the disk full or read-only?).", error);
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 ->
                    sentence(doing, "that " + thing(REFERENCED, message, "entry") + " is not in the journal", error);
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1 -> sentence(doing,
                    "other entries in the journal still refer to that " + thing(REFERENCED, message, "entry"), error);
            case ErrorCode.DUPLICATE_KEY_1 ->
                    sentence(doing, "that " + thing(INDEXED, message, "entry") + " is already in the journal", error);
            case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1 ->
                    sentence(doing, "a value is not one the journal accepts", error);
            case ErrorCode.VALUE_TOO_LONG_2 -> sentence(doing, "a text is longer than the journal allows", error);
            case ErrorCode.NULL_NOT_ALLOWED -> sentence(doing, "a required value is missing", error);
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1, ErrorCode.CONCURRENT_UPDATE_1 ->
                    sentence(doing, "the journal was busy with other work; please try again", error);
            case ErrorCode.DATABASE_IS_CLOSED, ErrorCode.OBJECT_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN ->
                    sentence(doing, "the journal has been closed", error);
            default -> new JournalException(doing + " in " + folder + ": " + reason(error), error);
        };
    }

    private JournalException damaged(Throwable error) {
        return new JournalException("The journal file in " + folder + " is damaged or encrypted with another "
                + "passphrase and cannot be opened. Backups are in " + backups + ".", error);
    }

    private static JournalException sentence(String doing, String what, Throwable error) {
        return new JournalException(doing + ": " + what + ".", error);
    }

    private static String thing(Pattern pattern, String message, String fallback) {
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? THINGS.getOrDefault(matcher.group(1).toUpperCase(Locale.ROOT), fallback) : fallback;
    }

    private static SQLException findSqlException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first line of the innermost message: enough to act on, without a stack trace. */
    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // "/x/backups: Read-only file system" names the path the sentence has named already.
        if (root instanceof java.nio.file.FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return ErrorText.rootReason(error);
    }
}
