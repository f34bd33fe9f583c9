package app.kith.domain;

/**
 * A value that a domain record refuses, with the name of the field it belongs to,
 * so that a form can show the message next to that field.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field's name as in the archive, e.g. {@code "minutes"}. */
    public String field() {
        return field;
    }
}
