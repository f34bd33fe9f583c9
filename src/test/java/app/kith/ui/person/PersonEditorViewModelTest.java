package app.kith.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Photo;
import app.kith.domain.Ring;
import app.kith.store.Journal;
import app.kith.ui.common.SameThreadTaskRunner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonEditorViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private Journal journal;
    private final List<UUID> saved = new ArrayList<>();

    @BeforeEach
    void openJournal() {
        journal = Journal.open(data.resolve("journal"), CLOCK);
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    private PersonEditorViewModel editor() {
        return new PersonEditorViewModel(new SameThreadTaskRunner(), journal.people(), CLOCK, saved::add);
    }

    private PersonEditorViewModel newPerson() {
        PersonEditorViewModel form = editor();
        form.startNew();
        return form;
    }

    private Person only() {
        assertThat(journal.people().count()).isEqualTo(1);
        return journal.people().all().get(0);
    }

    // ---- adding ---------------------------------------------------------------------------------

    @Test
    void aNameAloneAddsAPersonAndHandsBackTheirId() {
        PersonEditorViewModel form = newPerson();
        form.nameProperty().set("  Maya Cole ");

        form.save();

        Person maya = only();
        assertThat(maya.name()).isEqualTo("Maya Cole");
        assertThat(maya.emails()).isEmpty();
        assertThat(maya.phones()).isEmpty();
        assertThat(maya.birthday()).isNull();
        assertThat(saved).containsExactly(maya.id());
        assertThat(form.savedProperty().get()).isTrue();
    }

    @Test
    void aBlankNameIsRefusedNextToTheFieldAndNothingIsSaved() {
        PersonEditorViewModel form = newPerson();
        form.nameProperty().set("   ");

        form.save();

        assertThat(form.nameCheck().error().get()).isEqualTo("Enter a name.");
        assertThat(form.saveErrorProperty().get()).isEqualTo("Not saved: enter a name.");
        assertThat(journal.people().count()).isZero();
        assertThat(saved).isEmpty();
        assertThat(form.savedProperty().get()).isFalse();
    }

    @Test
    void aProblemIsShownOnlyOnceTheFieldIsLeftAndGoesAwayWhenFixed() {
        PersonEditorViewModel form = newPerson();
        form.emails().get(0).textProperty().set("maya");
        assertThat(form.emails().get(0).check().error().get()).isNull();

        form.emails().get(0).check().touch();
        assertThat(form.emails().get(0).check().error().get())
                .isEqualTo("“maya” is not an email address; it looks like name@example.org.");

        form.emails().get(0).textProperty().set("maya@example.org");
        assertThat(form.emails().get(0).check().error().get()).isNull();
    }

    @Test
    void aSecondSaveAfterSuccessAddsNobodyElse() {
        PersonEditorViewModel form = newPerson();
        form.nameProperty().set("Maya Cole");
        form.save();

        form.save();

        assertThat(journal.people().count()).isEqualTo(1);
        assertThat(saved).hasSize(1);
    }

    // ---- every field ----------------------------------------------------------------------------

    @Test
    void everyFieldIsSavedAndReadBackIntoTheEditor() throws Exception {
        PersonEditorViewModel form = newPerson();
        form.nameProperty().set("Maya Cole");
        form.nicknameProperty().set("May");
        form.organizationProperty().set("Northwind");
        form.titleProperty().set("Engineer");
        form.emails().get(0).textProperty().set("maya@example.org");
        form.addEmail().textProperty().set("m.cole@work.example");
        form.phones().get(0).textProperty().set("+1 (555) 010-0");
        form.tags().add("climbing, book club");
        form.kinProperty().set(true);
        form.ringProperty().set(Ring.FIFTEEN);
        form.cadenceProperty().set("21");
        form.birthdayDayProperty().set("14");
        form.birthdayMonthProperty().set(Month.MARCH);
        form.birthdayYearProperty().set("1990");
        form.howWeMetProperty().set("At the climbing gym");
        form.metOnProperty().set(LocalDate.of(2019, 5, 2));
        form.mattersToThemProperty().set("Her sister's wedding");
        form.notesProperty().set("Allergic to nuts");
        form.choosePhoto(picture(600, 400, false));

        form.save();

        Person maya = only();
        assertThat(maya.name()).isEqualTo("Maya Cole");
        assertThat(maya.nickname()).isEqualTo("May");
        assertThat(maya.organization()).isEqualTo("Northwind");
        assertThat(maya.title()).isEqualTo("Engineer");
        assertThat(maya.emails()).containsExactly("maya@example.org", "m.cole@work.example");
        assertThat(maya.phones()).containsExactly("+1 (555) 010-0");
        assertThat(maya.tags()).containsExactlyInAnyOrder("climbing", "book club");
        assertThat(maya.kin()).isTrue();
        assertThat(maya.ring()).isEqualTo(Ring.FIFTEEN);
        assertThat(maya.cadenceDays()).isEqualTo(21);
        assertThat(maya.birthday()).isEqualTo(new PartialDate(1990, 3, 14));
        assertThat(maya.howWeMet()).isEqualTo("At the climbing gym");
        assertThat(maya.metOn()).isEqualTo(LocalDate.of(2019, 5, 2));
        assertThat(maya.mattersToThem()).isEqualTo("Her sister's wedding");
        assertThat(maya.notes()).isEqualTo("Allergic to nuts");
        assertThat(maya.photo().mediaType()).isEqualTo("image/jpeg");

        PersonEditorViewModel again = editor();
        again.load(maya.id());

        assertThat(again.headingProperty().get()).isEqualTo("Edit Maya Cole");
        assertThat(again.nameProperty().get()).isEqualTo("Maya Cole");
        assertThat(again.nicknameProperty().get()).isEqualTo("May");
        assertThat(again.organizationProperty().get()).isEqualTo("Northwind");
        assertThat(again.titleProperty().get()).isEqualTo("Engineer");
        assertThat(again.emails()).extracting(row -> row.textProperty().get())
                .containsExactly("maya@example.org", "m.cole@work.example");
        assertThat(again.phones()).extracting(row -> row.textProperty().get()).containsExactly("+1 (555) 010-0");
        assertThat(again.tags().chosen()).containsExactlyInAnyOrder("climbing", "book club");
        assertThat(again.kinProperty().get()).isTrue();
        assertThat(again.ringProperty().get()).isEqualTo(Ring.FIFTEEN);
        assertThat(again.cadenceProperty().get()).isEqualTo("21");
        assertThat(again.birthdayDayProperty().get()).isEqualTo("14");
        assertThat(again.birthdayMonthProperty().get()).isEqualTo(Month.MARCH);
        assertThat(again.birthdayYearProperty().get()).isEqualTo("1990");
        assertThat(again.howWeMetProperty().get()).isEqualTo("At the climbing gym");
        assertThat(again.metOnProperty().get()).isEqualTo(LocalDate.of(2019, 5, 2));
        assertThat(again.mattersToThemProperty().get()).isEqualTo("Her sister's wedding");
        assertThat(again.notesProperty().get()).isEqualTo("Allergic to nuts");
        assertThat(again.photo().photoProperty().get()).isEqualTo(maya.photo());
    }

    @Test
    void editingChangesAndClearsFieldsAndKeepsWhatTheEditorDoesNotShow() {
        ImportantDate wedding = new ImportantDate("Wedding", new PartialDate(2014, 6, 12));
        Person maya = Person.builder().name("Maya Cole").emails(List.of("maya@example.org", "old@example.org"))
                .phones(List.of("0100")).tags(List.of("work")).ring(Ring.FIVE).cadenceDays(7)
                .birthday(new PartialDate(null, 2, 29)).dates(List.of(wedding)).archived(true)
                .photo(new Photo("image/png", new byte[] {1, 2, 3})).build();
        journal.people().add(maya);
        PersonEditorViewModel form = editor();
        form.load(maya.id());

        form.nameProperty().set("Maya Cole-Reed");
        form.removeEmail(form.emails().get(1));
        form.removePhone(form.phones().get(0));
        form.tags().remove("work");
        form.ringProperty().set(null);
        form.cadenceProperty().set("");
        form.birthdayDayProperty().set("");
        form.birthdayMonthProperty().set(null);
        form.removePhoto();
        form.save();

        Person read = only();
        assertThat(read.id()).isEqualTo(maya.id());
        assertThat(read.name()).isEqualTo("Maya Cole-Reed");
        assertThat(read.emails()).containsExactly("maya@example.org");
        assertThat(read.phones()).isEmpty();
        assertThat(read.tags()).isEmpty();
        assertThat(read.ring()).isNull();
        assertThat(read.cadenceDays()).isNull();
        assertThat(read.birthday()).isNull();
        assertThat(read.photo()).isNull();
        assertThat(read.dates()).containsExactly(wedding);
        assertThat(read.archived()).isTrue();
        assertThat(saved).containsExactly(maya.id());
    }

    @Test
    void aPersonWhoIsGoneCannotBeEditedAndSaysSo() {
        PersonEditorViewModel form = editor();
        form.load(UUID.randomUUID());

        form.nameProperty().set("Someone");
        form.save();

        assertThat(form.loadErrorProperty().get()).isEqualTo("This person is no longer in the journal.");
        assertThat(journal.people().count()).isZero();
    }

    // ---- tags -----------------------------------------------------------------------------------

    @Test
    void tagsAreSuggestedFromTheJournalAndTakeItsSpelling() {
        journal.people().add(Person.builder().name("Ada").tags(List.of("Family", "book club", "Climbing")).build());
        PersonEditorViewModel form = newPerson();

        assertThat(form.tags().suggestions("bo")).containsExactly("book club");
        assertThat(form.tags().suggestions("mb")).containsExactly("Climbing");
        form.tags().add("family");
        form.tags().add("FAMILY, new one");

        assertThat(form.tags().chosen()).containsExactly("Family", "new one");
        assertThat(form.tags().suggestions("fa")).isEmpty();
    }

    @Test
    void tagsTypedWithOtherAccentsAreTheJournalsTags() {
        journal.people().add(Person.builder().name("Ada").tags(List.of("Café regulars", "Zürich")).build());
        PersonEditorViewModel form = newPerson();

        assertThat(form.tags().suggestions("cafe")).containsExactly("Café regulars");
        assertThat(form.tags().suggestions("ZUR")).containsExactly("Zürich");
        form.tags().add("CAFE REGULARS, zurich");

        assertThat(form.tags().chosen()).containsExactly("Café regulars", "Zürich");
    }

    @Test
    void anOverlongTagIsRefusedWithASentence() {
        PersonEditorViewModel form = newPerson();

        assertThat(form.tags().add("x".repeat(101))).isFalse();

        assertThat(form.tags().errorProperty().get()).isEqualTo("A tag has at most 100 characters; this one has 101.");
        assertThat(form.tags().chosen()).isEmpty();
    }

    // ---- each message ---------------------------------------------------------------------------

    @Test
    void eachFieldSaysWhatIsWrongInOneSentence() {
        PersonEditorViewModel form = newPerson();
        form.nameProperty().set("x".repeat(201));
        form.nicknameProperty().set("n".repeat(201));
        form.organizationProperty().set("o".repeat(201));
        form.titleProperty().set("t".repeat(201));
        form.emails().get(0).textProperty().set("maya at example");
        form.phones().get(0).textProperty().set("call me");
        form.cadenceProperty().set("often");

        form.save();

        assertThat(form.problems()).containsExactly(
                "A name has at most 200 characters; this one has 201.",
                "A nickname has at most 200 characters; this one has 201.",
                "An organisation has at most 200 characters; this one has 201.",
                "A title has at most 200 characters; this one has 201.",
                "“maya at example” is not an email address; it looks like name@example.org.",
                "“call me” is not a phone number; use digits, spaces and + ( ) -.",
                "Enter the cadence as a whole number of days, e.g. 30.");
        assertThat(form.saveErrorProperty().get())
                .isEqualTo("Not saved: 7 fields need a change (see the messages under them).");
        assertThat(form.cadenceCheck().error().get()).isEqualTo("Enter the cadence as a whole number of days, e.g. 30.");
        assertThat(journal.people().count()).isZero();
    }

    @Test
    void aCadenceIsBetweenOneDayAndTenYears() {
        PersonEditorViewModel form = newPerson();
        form.cadenceProperty().set("0");
        assertThat(form.cadenceCheck().problem()).isEqualTo("A cadence is between 1 and 3650 days.");
        form.cadenceProperty().set("3651");
        assertThat(form.cadenceCheck().problem()).isEqualTo("A cadence is between 1 and 3650 days.");
        form.cadenceProperty().set(" 30 ");
        assertThat(form.cadenceCheck().problem()).isNull();
    }

    @Test
    void phoneNumbersMayBeWrittenTheWayPeopleWriteThem() {
        PersonEditorViewModel form = newPerson();
        for (String phone : List.of("+44 20 7946 0958", "(555) 010-0100", "030/123.45", "555 0100 ext. 12")) {
            form.phones().get(0).textProperty().set(phone);
            assertThat(form.phones().get(0).check().problem()).as(phone).isNull();
        }
    }

    @Test
    void longTextsSayWhichFieldIsTooLong() {
        PersonEditorViewModel form = newPerson();
        form.howWeMetProperty().set("h".repeat(4001));

        assertThat(form.howWeMetCheck().problem()).isEqualTo("“How we met” has at most 4000 characters; this one has 4001.");
    }

    // ---- birthdays ------------------------------------------------------------------------------

    private String birthday(String day, Month month, String year) {
        PersonEditorViewModel form = newPerson();
        form.birthdayDayProperty().set(day);
        form.birthdayMonthProperty().set(month);
        form.birthdayYearProperty().set(year);
        return form.birthdayCheck().problem();
    }

    @Test
    void birthdaysWithAndWithoutAYear() {
        assertThat(birthday("", null, "")).isNull();
        assertThat(birthday("29", Month.FEBRUARY, "")).isNull();
        assertThat(birthday("29", Month.FEBRUARY, "1988")).isNull();
        assertThat(birthday("31", Month.APRIL, "")).isEqualTo("April has only 30 days.");
        assertThat(birthday("30", Month.FEBRUARY, "")).isEqualTo("February has only 29 days.");
        assertThat(birthday("29", Month.FEBRUARY, "1985")).isEqualTo("1985 was not a leap year; February had 28 days.");
        assertThat(birthday("0", Month.MAY, "")).isEqualTo("The day is a number from 1 to 31.");
        assertThat(birthday("x", Month.MAY, "")).isEqualTo("The day is a number from 1 to 31.");
        assertThat(birthday("3", null, "")).isEqualTo("Choose the month too.");
        assertThat(birthday("", Month.MAY, "")).isEqualTo("Enter the day of the month too.");
        assertThat(birthday("", null, "1990")).isEqualTo("A year alone is not a birthday; add the day and the month.");
        assertThat(birthday("3", Month.MAY, "2027"))
                .isEqualTo("The year is a four-digit year from 1850 to 2026, or leave it empty.");
        assertThat(birthday("3", Month.MAY, "90"))
                .isEqualTo("The year is a four-digit year from 1850 to 2026, or leave it empty.");
    }

    @Test
    void aBirthdayWithoutAYearIsSavedAsADayOfTheYear() {
        PersonEditorViewModel form = newPerson();
        form.nameProperty().set("Leap");
        form.birthdayDayProperty().set("29");
        form.birthdayMonthProperty().set(Month.FEBRUARY);

        form.save();

        assertThat(only().birthday()).isEqualTo(new PartialDate(null, 2, 29));
    }

    @Test
    void anImpossibleBirthdayIsNotSaved() {
        PersonEditorViewModel form = newPerson();
        form.nameProperty().set("April");
        form.birthdayDayProperty().set("31");
        form.birthdayMonthProperty().set(Month.APRIL);

        form.save();

        assertThat(form.birthdayCheck().error().get()).isEqualTo("April has only 30 days.");
        assertThat(form.saveErrorProperty().get()).isEqualTo("Not saved: april has only 30 days.");
        assertThat(journal.people().count()).isZero();
    }

    // ---- important dates ------------------------------------------------------------------------

    @Test
    void importantDatesAreReadEditedAddedRemovedAndSaved() {
        ImportantDate wedding = new ImportantDate("Wedding anniversary", new PartialDate(2014, 6, 12));
        ImportantDate nameDay = new ImportantDate("Name day", new PartialDate(null, 7, 26));
        Person maya = Person.builder().name("Maya Cole").dates(List.of(wedding, nameDay)).build();
        journal.people().add(maya);
        PersonEditorViewModel form = editor();
        form.load(maya.id());

        assertThat(form.dates()).hasSize(2);
        DateRow first = form.dates().get(0);
        assertThat(first.labelProperty().get()).isEqualTo("Wedding anniversary");
        assertThat(first.dayProperty().get()).isEqualTo("12");
        assertThat(first.monthProperty().get()).isEqualTo(Month.JUNE);
        assertThat(first.yearProperty().get()).isEqualTo("2014");
        assertThat(form.dates().get(1).yearProperty().get()).isEmpty();

        form.removeDate(form.dates().get(1));
        first.yearProperty().set("2015");
        DateRow due = form.addDate();
        due.labelProperty().set("  Baby due ");
        due.dayProperty().set("3");
        due.monthProperty().set(Month.MARCH);
        due.yearProperty().set("2027");
        form.addDate();
        form.save();

        assertThat(only().dates()).as("an empty row is left out; a date may lie ahead").containsExactly(
                new ImportantDate("Wedding anniversary", new PartialDate(2015, 6, 12)),
                new ImportantDate("Baby due", new PartialDate(2027, 3, 3)));
    }

    @Test
    void anImportantDateNeedsANameADayAndAMonthThatExist() {
        PersonEditorViewModel form = newPerson();
        form.nameProperty().set("Maya Cole");
        DateRow row = form.addDate();

        row.dayProperty().set("12");
        assertThat(row.check().problem()).isEqualTo("Name the date too, e.g. Wedding anniversary.");
        row.dayProperty().set("");
        row.labelProperty().set("Anniversary");
        assertThat(row.check().problem()).isEqualTo("Enter the day and choose the month of Anniversary.");
        row.dayProperty().set("31");
        row.monthProperty().set(Month.APRIL);
        assertThat(row.check().problem()).isEqualTo("April has only 30 days.");

        form.save();

        assertThat(row.check().error().get()).isEqualTo("April has only 30 days.");
        assertThat(form.saveErrorProperty().get()).isEqualTo("Not saved: april has only 30 days.");
        assertThat(journal.people().count()).isZero();
    }

    // ---- photo ----------------------------------------------------------------------------------

    @Test
    void aLargePhotoIsScaledDownWithinBoundsKeepingItsShape() throws Exception {
        PersonEditorViewModel form = newPerson();

        form.choosePhoto(picture(1200, 800, false));

        Photo photo = form.photo().photoProperty().get();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertThat(read.getWidth()).isEqualTo(256);
        assertThat(read.getHeight()).isEqualTo(171);
        assertThat(photo.bytes().length).isLessThan(Photo.MAX_BYTES);
    }

    @Test
    void aSmallPhotoIsNotEnlargedAndTransparencyStaysPng() throws Exception {
        PersonEditorViewModel form = newPerson();

        form.choosePhoto(picture(100, 180, true));

        Photo photo = form.photo().photoProperty().get();
        assertThat(photo.mediaType()).isEqualTo("image/png");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertThat(new int[] {read.getWidth(), read.getHeight()}).containsExactly(100, 180);
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedWithASentence() throws Exception {
        PersonEditorViewModel form = newPerson();
        Path text = Files.writeString(data.resolve("notes.txt"), "not a picture");

        form.choosePhoto(text);

        assertThat(form.photo().errorProperty().get())
                .isEqualTo("notes.txt is not a picture Kith can read; choose a PNG, JPEG, GIF or BMP file.");
        assertThat(form.photo().photoProperty().get()).isNull();
    }

    private Path picture(int width, int height, boolean alpha) throws Exception {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (alpha ? (x % 2 == 0 ? 0x80000000 : 0xFF000000) : 0) | (x * 7 + y * 3) & 0xFFFFFF);
            }
        }
        Path file = data.resolve("picture-" + width + "x" + height + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
