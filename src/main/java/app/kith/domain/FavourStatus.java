package app.kith.domain;

/** Whether a favour was only promised or has been done. */
public enum FavourStatus implements Coded {
    PROMISED("promised", "Promised"),
    DONE("done", "Done");

    private final String code;
    private final String label;

    FavourStatus(String code, String label) {
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

    public static FavourStatus fromCode(String code) {
        return Coded.parse(FavourStatus.class, code);
    }
}
