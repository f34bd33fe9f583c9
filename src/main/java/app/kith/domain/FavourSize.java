package app.kith.domain;

/** How much a favour was worth to the one who received it. */
public enum FavourSize implements Coded {
    SMALL("small", "Small"),
    MEDIUM("medium", "Medium"),
    LARGE("large", "Large");

    private final String code;
    private final String label;

    FavourSize(String code, String label) {
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

    public static FavourSize fromCode(String code) {
        return Coded.parse(FavourSize.class, code);
    }
}
