package app.kith.exchange.vcard;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import ezvcard.VCard;
import ezvcard.parameter.ImageType;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.Uid;
import java.time.LocalDate;

/**
 * A Kith person as a vCard 4.0 card that {@link CardMapper} reads back without loss: FN, NICKNAME,
 * EMAIL, TEL, ORG, TITLE, BDAY ({@code --MMDD} without a year), the first date labelled "anniversary"
 * as ANNIVERSARY and every other date as Apple's item group of X-ABDATE and X-ABLabel (a date without
 * a year as Apple writes one: the year 1604 with X-APPLE-OMIT-YEAR), NOTE, PHOTO, CATEGORIES for the
 * tags, a UID from the person's id, and the fields vCard has no property for as X-KITH-*.
 */
final class CardWriter {

    private static final String ANNIVERSARY = "anniversary";
    /** Apple's stand-in year for a date whose year is not known. */
    private static final int APPLE_NO_YEAR = 1604;

    private CardWriter() {
    }

    static VCard card(Person person) {
        VCard card = new VCard();
        card.setUid(new Uid("urn:uuid:" + person.id()));
        card.setFormattedName(person.name());
        if (person.nickname() != null) {
            card.setNickname(person.nickname());
        }
        person.emails().forEach(email -> card.addEmail(email));
        person.phones().forEach(phone -> card.addTelephoneNumber(phone));
        if (person.organization() != null) {
            card.setOrganization(person.organization());
        }
        if (person.title() != null) {
            card.addTitle(person.title());
        }
        if (person.birthday() != null) {
            card.setBirthday(person.birthday().hasYear() ? new Birthday(full(person.birthday()))
                    : new Birthday(partial(person.birthday())));
        }
        dates(person, card);
        if (person.notes() != null) {
            card.addNote(person.notes());
        }
        if (person.photo() != null) {
            boolean png = person.photo().mediaType().equals("image/png");
            card.addPhoto(new Photo(person.photo().bytes(), png ? ImageType.PNG : ImageType.JPEG));
        }
        if (!person.tags().isEmpty()) {
            card.setCategories(person.tags().toArray(String[]::new));
        }
        KithFields.write(person, card);
        return card;
    }

    private static void dates(Person person, VCard card) {
        int item = 0;
        boolean anniversaryWritten = false;
        for (ImportantDate date : person.dates()) {
            if (!anniversaryWritten && date.label().equals(ANNIVERSARY)) {
                card.setAnniversary(date.date().hasYear() ? new Anniversary(full(date.date()))
                        : new Anniversary(partial(date.date())));
                anniversaryWritten = true;
                continue;
            }
            String group = "item" + ++item;
            PartialDate day = date.date();
            RawProperty value = card.addExtendedProperty("X-ABDATE", full(day.hasYear() ? day
                    : new PartialDate(APPLE_NO_YEAR, day.month(), day.day())).toString());
            value.setGroup(group);
            if (!day.hasYear()) {
                value.setParameter(CardDates.APPLE_OMIT_YEAR, String.valueOf(APPLE_NO_YEAR));
            }
            // A label is one line of text; X-ABLabel's raw value has no escaping for a line break.
            card.addExtendedProperty("X-ABLabel", date.label().replaceAll("\\R+", " ")).setGroup(group);
        }
    }

    private static LocalDate full(PartialDate date) {
        return LocalDate.of(date.year(), date.month(), date.day());
    }

    private static ezvcard.util.PartialDate partial(PartialDate date) {
        return ezvcard.util.PartialDate.builder().month(date.month()).date(date.day()).build();
    }
}
