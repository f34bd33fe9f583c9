package app.kith.domain;

/** Who started a conversation. */
public enum Initiator implements Coded {
    ME("me", "Me"),
    THEM("them", "Them"),
    MUTUAL("mutual", "Both");

    private final String code;
    private final String label;

    Initiator(String code, String label) {
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

    public static Initiator fromCode(String code) {
        return Coded.parse(Initiator.class, code);
    }
}
