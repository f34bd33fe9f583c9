package app.kith.domain;

/** A date worth remembering about a person, e.g. "wedding anniversary" on 2014-06-12. */
public record ImportantDate(String label, PartialDate date) {

    public ImportantDate {
        label = Checks.requiredText(label, "label", 200);
        Checks.required(date, "date");
    }
}
