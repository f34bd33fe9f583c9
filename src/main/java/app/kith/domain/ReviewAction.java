package app.kith.domain;

/** What was decided for a person during a review. */
public enum ReviewAction implements Coded {
    LOGGED("logged", "Logged"),
    SNOOZED("snoozed", "Snoozed"),
    CADENCE("cadence", "Cadence changed"),
    LET_GO("let-go", "Let go"),
    SKIPPED("skipped", "Skipped");

    private final String code;
    private final String label;

    ReviewAction(String code, String label) {
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

    public static ReviewAction fromCode(String code) {
        return Coded.parse(ReviewAction.class, code);
    }
}
