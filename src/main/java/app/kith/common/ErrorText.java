package app.kith.common;

/**
 * The short text of an error, for the sentences Kith shows instead of stack traces. Every layer
 * (store, exchange, command line, window launch) words its own sentence around it.
 */
public final class ErrorText {

    private ErrorText() {
    }

    /** The first line of the error's own message, or its type's name when it has none. */
    public static String firstLine(Throwable error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** The first line of the innermost cause's message: what actually went wrong, e.g. "Permission denied". */
    public static String rootReason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return firstLine(root);
    }
}
