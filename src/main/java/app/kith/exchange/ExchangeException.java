package app.kith.exchange;

import app.kith.common.ErrorText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An import or export that cannot be done; the message is a sentence for a person, saying what and where. */
public class ExchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A file error as a sentence, e.g. "Kith could not read /x/a.json: there is no such file."
     *
     * @param doing what Kith was doing, e.g. "Kith could not read"
     */
    public static ExchangeException of(String doing, Path file, IOException error) {
        return new ExchangeException(doing + " " + file + ": " + reason(error) + ".", error);
    }

    /** Why a file could not be read or written, in words: the end of a sentence that names the file. */
    public static String reason(IOException error) {
        if (error instanceof NoSuchFileException) {
            return "there is no such file or folder";
        }
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof FileAlreadyExistsException) {
            return "the file already exists";
        }
        return ErrorText.firstLine(error);
    }
}
