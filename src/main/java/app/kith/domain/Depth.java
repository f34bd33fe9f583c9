package app.kith.domain;

/** How deep a conversation went, on the scale from chit (small talk) to chat (substance). */
public enum Depth implements Coded {
    SMALL_TALK("small-talk", "Small talk", "Pleasantries, the weather, a like or a quick hello."),
    CATCH_UP("catch-up", "Catch-up", "News and updates, what you have each been doing."),
    PERSONAL("personal", "Personal", "What matters to you: plans, worries, work, family."),
    DEEP("deep", "Deep", "Confiding, real support, or a conversation that changed something.");

    private final String code;
    private final String label;
    private final String sentence;

    Depth(String code, String label, String sentence) {
        this.code = code;
        this.label = label;
        this.sentence = sentence;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** One sentence that tells a person which level to pick. */
    public String sentence() {
        return sentence;
    }

    /** Personal and deep conversations are "chat"; small talk and catch-ups are "chit". */
    public boolean isSubstantial() {
        return this == PERSONAL || this == DEEP;
    }

    public static Depth fromCode(String code) {
        return Coded.parse(Depth.class, code);
    }
}
