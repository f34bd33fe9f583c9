package app.kith.exchange.vcard;

import app.kith.domain.PartialDate;
import app.kith.exchange.contacts.ContactDates;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.VCardProperty;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * A vCard date as Kith's partial date: full dates, dates without a year ({@code --0314}), and Apple's
 * way of saying "no year": the year 1604 with {@code X-APPLE-OMIT-YEAR=1604}.
 */
final class CardDates {

    static final String APPLE_OMIT_YEAR = "X-APPLE-OMIT-YEAR";

    private CardDates() {
    }

    /** @return the date, or null when the property holds text that is no date (its text is then left to the caller) */
    static PartialDate of(DateOrTimeProperty property) {
        PartialDate date = null;
        Temporal temporal = property.getDate();
        if (temporal != null && temporal.isSupported(ChronoField.EPOCH_DAY)) {
            date = PartialDate.of(LocalDate.ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY)));
        } else if (property.getPartialDate() != null) {
            ezvcard.util.PartialDate partial = property.getPartialDate();
            if (partial.getMonth() != null && partial.getDate() != null) {
                date = new PartialDate(partial.getYear(), partial.getMonth(), partial.getDate());
            }
        } else if (property.getText() != null) {
            date = parsed(property.getText());
        }
        return withoutAppleYear(date, property);
    }

    /** A date given as plain text (X-ABDATE, X-MS-ANNIVERSARY), or null when it is none. */
    static PartialDate of(String text, VCardProperty property) {
        return withoutAppleYear(parsed(text), property);
    }

    private static PartialDate parsed(String text) {
        try {
            return ContactDates.parse(text, ContactDates.Order.MONTH_FIRST);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PartialDate withoutAppleYear(PartialDate date, VCardProperty property) {
        if (date == null || date.year() == null) {
            return date;
        }
        String omitted = property.getParameter(APPLE_OMIT_YEAR);
        if (omitted != null && omitted.strip().equals(String.valueOf(date.year()))) {
            return new PartialDate(null, date.month(), date.day());
        }
        return date;
    }
}
