package app.kith.exchange.contacts;

/** What a file handed to {@code kith import} turned out to be, recognised from its content. */
public enum ContactFormat {
    KITH_ARCHIVE("kith-archive", "Kith archive"),
    VCARD("vcard", "vCard"),
    GOOGLE_CSV("google-csv", "Google Contacts CSV"),
    GOOGLE_LEGACY_CSV("google-legacy-csv", "Google Contacts CSV (older columns)"),
    OUTLOOK_CSV("outlook-csv", "Outlook CSV"),
    OUTLOOK_DE_CSV("outlook-de-csv", "Outlook CSV (German)"),
    OUTLOOK_FR_CSV("outlook-fr-csv", "Outlook CSV (French)"),
    LINKEDIN_CSV("linkedin-csv", "LinkedIn connections CSV"),
    THUNDERBIRD_CSV("thunderbird-csv", "Thunderbird CSV"),
    MAPPED_CSV("csv", "CSV with your column mapping");

    private final String code;
    private final String label;

    ContactFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The name in {@code kith import --json}, e.g. {@code outlook-de-csv}. */
    public String code() {
        return code;
    }

    /** For a person, e.g. "Outlook CSV (German)". */
    public String label() {
        return label;
    }
}
