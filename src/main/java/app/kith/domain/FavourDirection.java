package app.kith.domain;

/** Whether I gave a favour or received it. */
public enum FavourDirection implements Coded {
    GIVEN("given", "Given by me"),
    RECEIVED("received", "Received by me");

    private final String code;
    private final String label;

    FavourDirection(String code, String label) {
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

    public static FavourDirection fromCode(String code) {
        return Coded.parse(FavourDirection.class, code);
    }
}
