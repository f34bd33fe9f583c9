package app.kith.domain;

/** How a conversation took place. */
public enum Channel implements Coded {
    IN_PERSON("in-person", "In person"),
    VIDEO("video", "Video"),
    CALL("call", "Call"),
    MESSAGE("message", "Message"),
    EMAIL("email", "Email"),
    LETTER("letter", "Letter or gift"),
    SOCIAL("social", "Social");

    private final String code;
    private final String label;

    Channel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static Channel fromCode(String code) {
        return Coded.parse(Channel.class, code);
    }
}
