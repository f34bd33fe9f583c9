package app.kith.exchange.csv;

import app.kith.exchange.contacts.ContactDates;
import app.kith.exchange.contacts.ContactFormat;
import java.util.Set;

/**
 * Outlook's CSV export in English, German and French: Outlook names its columns in the language it
 * runs in, quotes every field, writes dates in that language's order and "0.0.00" for no birthday.
 * Faxes and pagers are left out: they are not ways Kith keeps in touch.
 */
final class OutlookColumns {

    private OutlookColumns() {
    }

    static CsvDialect english() {
        return CsvDialect.outlook(ContactFormat.OUTLOOK_CSV, ContactDates.Order.MONTH_FIRST,
                Set.of("first name", "last name", "e-mail address"), CsvDialect.map(
                        "first name", CsvField.FIRST_NAME, "middle name", CsvField.MIDDLE_NAME,
                        "last name", CsvField.LAST_NAME, "nickname", CsvField.NICKNAME,
                        "company", CsvField.ORGANIZATION, "job title", CsvField.TITLE,
                        "e-mail address", CsvField.EMAIL, "e-mail 2 address", CsvField.EMAIL,
                        "e-mail 3 address", CsvField.EMAIL,
                        "mobile phone", CsvField.PHONE, "primary phone", CsvField.PHONE,
                        "home phone", CsvField.PHONE, "home phone 2", CsvField.PHONE,
                        "business phone", CsvField.PHONE, "business phone 2", CsvField.PHONE,
                        "company main phone", CsvField.PHONE, "other phone", CsvField.PHONE,
                        "car phone", CsvField.PHONE, "assistant's phone", CsvField.PHONE,
                        "birthday", CsvField.BIRTHDAY, "anniversary", CsvField.ANNIVERSARY,
                        "notes", CsvField.NOTES, "categories", CsvField.TAGS));
    }

    static CsvDialect german() {
        return CsvDialect.outlook(ContactFormat.OUTLOOK_DE_CSV, ContactDates.Order.DAY_FIRST,
                Set.of("vorname", "nachname", "e-mail-adresse"), CsvDialect.map(
                        "vorname", CsvField.FIRST_NAME, "weitere vornamen", CsvField.MIDDLE_NAME,
                        "nachname", CsvField.LAST_NAME, "spitzname", CsvField.NICKNAME,
                        "firma", CsvField.ORGANIZATION, "position", CsvField.TITLE,
                        "e-mail-adresse", CsvField.EMAIL, "e-mail 2: adresse", CsvField.EMAIL,
                        "e-mail 3: adresse", CsvField.EMAIL,
                        "mobiltelefon", CsvField.PHONE, "haupttelefon", CsvField.PHONE,
                        "telefon privat", CsvField.PHONE, "telefon privat 2", CsvField.PHONE,
                        "telefon geschäftlich", CsvField.PHONE, "telefon geschäftlich 2", CsvField.PHONE,
                        "telefon firma", CsvField.PHONE, "weiteres telefon", CsvField.PHONE,
                        "autotelefon", CsvField.PHONE, "telefon assistent", CsvField.PHONE,
                        "geburtstag", CsvField.BIRTHDAY, "jahrestag", CsvField.ANNIVERSARY,
                        "notizen", CsvField.NOTES, "kategorien", CsvField.TAGS));
    }

    static CsvDialect french() {
        return CsvDialect.outlook(ContactFormat.OUTLOOK_FR_CSV, ContactDates.Order.DAY_FIRST,
                Set.of("prénom", "nom", "adresse de messagerie"), CsvDialect.map(
                        "prénom", CsvField.FIRST_NAME, "deuxième prénom", CsvField.MIDDLE_NAME,
                        "nom", CsvField.LAST_NAME, "surnom", CsvField.NICKNAME,
                        "société", CsvField.ORGANIZATION, "fonction", CsvField.TITLE,
                        "adresse de messagerie", CsvField.EMAIL, "adresse de messagerie 2", CsvField.EMAIL,
                        "adresse de messagerie 3", CsvField.EMAIL,
                        "tél. mobile", CsvField.PHONE, "téléphone mobile", CsvField.PHONE,
                        "téléphone principal", CsvField.PHONE, "téléphone (domicile)", CsvField.PHONE,
                        "téléphone domicile", CsvField.PHONE, "téléphone domicile 2", CsvField.PHONE,
                        "téléphone (bureau)", CsvField.PHONE, "téléphone bureau", CsvField.PHONE,
                        "téléphone bureau 2", CsvField.PHONE, "téléphone société", CsvField.PHONE,
                        "autre téléphone", CsvField.PHONE,
                        "anniversaire", CsvField.BIRTHDAY, "anniversaire de mariage", CsvField.ANNIVERSARY,
                        "notes", CsvField.NOTES, "catégories", CsvField.TAGS));
    }
}
