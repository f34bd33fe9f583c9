package app.kith.store;

/** Why two people are taken for one: the same email, the same phone, or the same name. */
public enum MatchBy {
    EMAIL("email", "the same email"),
    PHONE("phone", "the same phone"),
    NAME("name", "the same name");

    private final String code;
    private final String words;

    MatchBy(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** As in {@code kith import --json}: email, phone or name. */
    public String code() {
        return code;
    }

    /** "the same email" */
    public String words() {
        return words;
    }
}
