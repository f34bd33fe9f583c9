package app.kith.domain;

/** What sort of favour it was. */
public enum FavourKind implements Coded {
    HELP("help", "Help"),
    INTRODUCTION("introduction", "Introduction"),
    ADVICE("advice", "Advice"),
    GIFT("gift", "Gift"),
    HOSPITALITY("hospitality", "Hospitality"),
    LOAN("loan", "Loan"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    FavourKind(String code, String label) {
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

    public static FavourKind fromCode(String code) {
        return Coded.parse(FavourKind.class, code);
    }
}
