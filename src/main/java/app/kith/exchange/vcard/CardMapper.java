package app.kith.exchange.vcard;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import app.kith.exchange.PhotoScaler;
import app.kith.exchange.contacts.Names;
import ezvcard.VCard;
import ezvcard.parameter.Encoding;
import ezvcard.property.Categories;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Kind;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextListProperty;
import ezvcard.property.VCardProperty;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One parsed vCard as a Kith person: the name (FN, else built from N; a company card is named after
 * its organisation), nickname, emails, phones, organisation, title, birthday, other dates (ANNIVERSARY,
 * Apple's X-ABDATE with its X-ABLabel, Outlook's X-MS-ANNIVERSARY), notes, photo (scaled as the person
 * editor scales one), categories as tags, and Kith's own X-KITH-* fields.
 */
final class CardMapper {

    /** Why a card is not a person: it is refused with this reason. */
    static final class NotAPerson extends Exception {
        private static final long serialVersionUID = 1L;

        NotAPerson(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CardMapper() {
    }

    static Person person(VCard card) throws NotAPerson {
        if (isGroup(card)) {
            throw new NotAPerson("the card is a group (" + text(card.getFormattedName()) + "), not a person; groups"
                    + " are not imported");
        }
        List<String> notes = new ArrayList<>();
        String organization = organization(card);
        Person.Builder person = Person.builder()
                .name(name(card, organization))
                .nickname(joined(card.getNicknames()))
                .emails(card.getEmails().stream().map(Email::getValue).map(Names::text)
                        .filter(Objects::nonNull).distinct().toList())
                .phones(phones(card))
                .organization(organization)
                .title(card.getTitles().stream().map(t -> repaired(t, t.getValue())).map(Names::text)
                        .filter(Objects::nonNull).findFirst().orElse(null))
                .birthday(birthday(card, notes))
                .dates(dates(card, notes))
                .tags(tags(card))
                .photo(photo(card));
        card.getNotes().stream().map(n -> repaired(n, n.getValue())).map(Names::text)
                .filter(Objects::nonNull).forEach(n -> notes.add(0, n));
        person.notes(notes.isEmpty() ? null : String.join("\n\n", notes));
        KithFields.read(card, person);
        return person.build();
    }

    private static boolean isGroup(VCard card) {
        Kind kind = card.getKind();
        RawProperty apple = card.getExtendedProperty("X-ADDRESSBOOKSERVER-KIND");
        return kind != null && kind.isGroup() || apple != null && "group".equalsIgnoreCase(apple.getValue());
    }

    private static boolean isCompany(VCard card) {
        Kind kind = card.getKind();
        if (kind != null && kind.isOrg()) {
            return true;
        }
        return card.getExtendedProperties().stream()
                .anyMatch(p -> p.getPropertyName().regionMatches(true, 0, "X-ABSHOWAS", 0, "X-ABSHOWAS".length())
                        && "COMPANY".equalsIgnoreCase(Names.text(p.getValue())));
    }

    private static String name(VCard card, String organization) throws NotAPerson {
        if (isCompany(card) && organization != null) {
            return organization;
        }
        for (FormattedName formatted : card.getFormattedNames()) {
            String name = Names.text(repaired(formatted, formatted.getValue()));
            if (name != null) {
                return name;
            }
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            String name = Names.joined(repaired(n, String.join(" ", n.getPrefixes())), repaired(n, n.getGiven()),
                    repaired(n, String.join(" ", n.getAdditionalNames())), repaired(n, n.getFamily()),
                    repaired(n, String.join(" ", n.getSuffixes())));
            if (name != null) {
                return name;
            }
        }
        if (organization != null) {
            return organization;
        }
        // An address book shows a card with only an address by that address; so does Kith.
        return card.getEmails().stream().map(Email::getValue).map(Names::text).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new NotAPerson("the card has no name (neither FN nor N), organisation or email"));
    }

    private static String organization(VCard card) {
        if (card.getOrganization() == null) {
            return null;
        }
        return card.getOrganization().getValues().stream().map(v -> repaired(card.getOrganization(), v))
                .map(Names::text).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String joined(List<? extends TextListProperty> properties) {
        Set<String> values = new LinkedHashSet<>();
        for (TextListProperty property : properties) {
            property.getValues().stream().map(v -> Names.text(repaired(property, v)))
                    .filter(Objects::nonNull).forEach(values::add);
        }
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static List<String> tags(VCard card) {
        Set<String> tags = new LinkedHashSet<>();
        for (Categories categories : card.getCategoriesList()) {
            categories.getValues().stream().map(v -> Names.text(repaired(categories, v)))
                    .filter(Objects::nonNull).forEach(tags::add);
        }
        return List.copyOf(tags);
    }

    private static List<String> phones(VCard card) {
        Set<String> phones = new LinkedHashSet<>();
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String number = telephone.getText();
            if (number == null && telephone.getUri() != null) {
                number = telephone.getUri().getNumber()
                        + (telephone.getUri().getExtension() == null ? "" : " ext. " + telephone.getUri().getExtension());
            }
            if (Names.text(number) != null) {
                phones.add(number.strip());
            }
        }
        return List.copyOf(phones);
    }

    private static PartialDate birthday(VCard card, List<String> notes) {
        for (DateOrTimeProperty birthday : card.getBirthdays()) {
            PartialDate date = CardDates.of(birthday);
            if (date != null) {
                return date;
            }
            if (Names.text(birthday.getText()) != null) {
                notes.add("Birthday: " + birthday.getText().strip());
            }
        }
        return null;
    }

    private static List<ImportantDate> dates(VCard card, List<String> notes) {
        Set<ImportantDate> dates = new LinkedHashSet<>();
        for (DateOrTimeProperty anniversary : card.getAnniversaries()) {
            add(dates, notes, "anniversary", CardDates.of(anniversary), anniversary.getText());
        }
        for (String name : List.of("X-MS-ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")) {
            for (RawProperty raw : card.getExtendedProperties(name)) {
                add(dates, notes, "anniversary", CardDates.of(raw.getValue(), raw), raw.getValue());
            }
        }
        for (RawProperty raw : card.getExtendedProperties("X-ABDATE")) {
            add(dates, notes, AppleLabels.of(card, raw, "date"), CardDates.of(raw.getValue(), raw), raw.getValue());
        }
        return List.copyOf(dates);
    }

    private static void add(Set<ImportantDate> dates, List<String> notes, String label, PartialDate date,
                            String text) {
        if (date != null) {
            dates.add(new ImportantDate(label, date));
        } else if (Names.text(text) != null) {
            notes.add(label + ": " + text.strip());
        }
    }

    /** The first photo the card holds itself (a link to one elsewhere is not fetched: Kith stays offline). */
    private static app.kith.domain.Photo photo(VCard card) {
        for (Photo photo : card.getPhotos()) {
            byte[] data = photo.getData();
            if (data != null && data.length > 0) {
                try {
                    return PhotoScaler.fromBytes(data, "the photo");
                } catch (PhotoScaler.NotAPicture e) {
                    // A photo Kith cannot read is left out; the person is imported without it.
                }
            }
        }
        return null;
    }

    /**
     * Quoted-printable text without a CHARSET was decoded byte for byte (ISO-8859-1, see
     * {@link VCardContacts}); its bytes are read again as UTF-8 when they are that, else as Windows-1252.
     */
    static String repaired(VCardProperty property, String value) {
        // Most properties have no parameters at all: no look-up of ENCODING and CHARSET for them.
        if (value == null || property.getParameters().isEmpty()
                || property.getParameters().getEncoding() != Encoding.QUOTED_PRINTABLE
                || property.getParameters().getCharset() != null) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String text(FormattedName name) {
        return name == null || name.getValue() == null ? "no name" : name.getValue();
    }
}
