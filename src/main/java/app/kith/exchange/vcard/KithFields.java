package app.kith.exchange.vcard;

import app.kith.domain.InvalidValueException;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import ezvcard.VCard;
import ezvcard.property.RawProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and writes the fields Kith keeps as X-KITH-* properties (see {@link KithProperties}). */
final class KithFields {

    private KithFields() {
    }

    /** @throws InvalidValueException when one of Kith's own properties holds a value Kith never writes */
    static void read(VCard card, Person.Builder person) {
        String howWeMet = value(card, KithProperties.HOW_WE_MET);
        if (howWeMet != null) {
            person.howWeMet(howWeMet);
        }
        String mattersToThem = value(card, KithProperties.MATTERS_TO_THEM);
        if (mattersToThem != null) {
            person.mattersToThem(mattersToThem);
        }
        String metOn = value(card, KithProperties.MET_ON);
        if (metOn != null) {
            try {
                person.metOn(LocalDate.parse(metOn.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("metOn", "\"" + metOn + "\" is not a date (YYYY-MM-DD)");
            }
        }
        person.kin("true".equalsIgnoreCase(value(card, KithProperties.KIN)));
        person.archived("true".equalsIgnoreCase(value(card, KithProperties.ARCHIVED)));
        String ring = value(card, KithProperties.RING);
        String cadence = value(card, KithProperties.CADENCE_DAYS);
        try {
            if (ring != null) {
                person.ring(Ring.ofSize(Integer.parseInt(ring.strip())));
            }
            if (cadence != null) {
                person.cadenceDays(Integer.valueOf(cadence.strip()));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(ring != null ? "ring" : "cadenceDays", e.getMessage());
        }
    }

    static void write(Person person, VCard card) {
        put(card, KithProperties.HOW_WE_MET, person.howWeMet());
        put(card, KithProperties.MET_ON, person.metOn() == null ? null : person.metOn().toString());
        put(card, KithProperties.MATTERS_TO_THEM, person.mattersToThem());
        put(card, KithProperties.KIN, person.kin() ? "true" : null);
        put(card, KithProperties.RING, person.ring() == null ? null : String.valueOf(person.ring().size()));
        put(card, KithProperties.CADENCE_DAYS, person.cadenceDays() == null ? null : person.cadenceDays().toString());
        put(card, KithProperties.ARCHIVED, person.archived() ? "true" : null);
    }

    private static String value(VCard card, String name) {
        RawProperty property = card.getExtendedProperty(name);
        return property == null || property.getValue() == null ? null : KithProperties.unescape(property.getValue());
    }

    private static void put(VCard card, String name, String value) {
        if (value != null) {
            card.addExtendedProperty(name, KithProperties.escape(value));
        }
    }
}
