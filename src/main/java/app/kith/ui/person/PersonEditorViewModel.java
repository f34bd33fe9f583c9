package app.kith.ui.person;

import app.kith.domain.InvalidValueException;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Photo;
import app.kith.domain.Ring;
import app.kith.store.JournalException;
import app.kith.store.PersonRepository;
import app.kith.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person editor: every field of a Person, each checked as the person types and the problem
 * shown under the field once they leave it. A new person needs only a name. Reading the person,
 * the journal's tags and a photo file, and saving, all run in the background.
 */
public final class PersonEditorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PersonEditorViewModel.class);

    private final TaskRunner tasks;
    private final PersonRepository people;
    private final Clock clock;
    private final Consumer<UUID> whenSaved;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nickname = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<TextRow> emails = FXCollections.observableArrayList();
    private final ObservableList<TextRow> phones = FXCollections.observableArrayList();
    private final ObservableList<DateRow> dates = FXCollections.observableArrayList();
    private final PersonTags tags = new PersonTags();
    private final BooleanProperty kin = new SimpleBooleanProperty();
    private final ObjectProperty<Ring> ring = new SimpleObjectProperty<>();
    private final StringProperty cadence = new SimpleStringProperty("");
    private final StringProperty birthdayDay = new SimpleStringProperty("");
    private final ObjectProperty<Month> birthdayMonth = new SimpleObjectProperty<>();
    private final StringProperty birthdayYear = new SimpleStringProperty("");
    private final StringProperty howWeMet = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> metOn = new SimpleObjectProperty<>();
    private final StringProperty mattersToThem = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final PhotoChoice photo;

    private final FieldCheck nameCheck = new FieldCheck(() -> FieldRules.name(name.get()), name);
    private final FieldCheck nicknameCheck = shortCheck(nickname, "A nickname");
    private final FieldCheck organizationCheck = shortCheck(organization, "An organisation");
    private final FieldCheck titleCheck = shortCheck(title, "A title");
    private final FieldCheck cadenceCheck = new FieldCheck(() -> FieldRules.cadence(cadence.get()), cadence);
    private final FieldCheck birthdayCheck;
    private final FieldCheck howWeMetCheck = new FieldCheck(
            () -> FieldRules.longText(howWeMet.get(), "“How we met”", FieldRules.HOW_WE_MET_MAX), howWeMet);
    private final FieldCheck mattersCheck = new FieldCheck(
            () -> FieldRules.longText(mattersToThem.get(), "“What matters to them”", FieldRules.NOTES_MAX),
            mattersToThem);
    private final FieldCheck notesCheck = new FieldCheck(
            () -> FieldRules.longText(notes.get(), "The notes", FieldRules.NOTES_MAX), notes);

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("New person");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();
    /** The person as read from the journal; null for a new one. Fields the editor does not show are kept. */
    private Person original;

    /**
     * @param whenSaved told (on the FX thread) the person's id once they are saved
     */
    public PersonEditorViewModel(TaskRunner tasks, PersonRepository people, Clock clock, Consumer<UUID> whenSaved) {
        this.tasks = tasks;
        this.people = people;
        this.clock = clock;
        this.whenSaved = whenSaved;
        this.photo = new PhotoChoice(tasks);
        this.birthdayCheck = new FieldCheck(() -> BirthdayInput.problem(birthdayDay.get(), birthdayMonth.get(),
                birthdayYear.get(), thisYear()), birthdayDay, birthdayMonth, birthdayYear);
    }

    /** A new person: empty fields, one empty email and phone row, the journal's tags for completion. */
    public void startNew() {
        original = null;
        heading.set("New person");
        addEmail();
        addPhone();
        loading.set(true);
        tasks.read(context -> people.allTags())
                .onSuccess(known -> {
                    tags.known().setAll(known);
                    loading.set(false);
                })
                .onError(error -> {
                    LOG.warn("Reading the journal's tags failed", error);
                    loading.set(false);
                })
                .start();
    }

    /** Reads the person and the journal's tags in the background, then fills the fields. */
    public void load(UUID id) {
        loading.set(true);
        heading.set("Edit person");
        tasks.read(context -> new Loaded(people.get(id).orElse(null), people.allTags()))
                .onSuccess(found -> {
                    loading.set(false);
                    tags.known().setAll(found.tags());
                    if (found.person() == null) {
                        loadError.set("This person is no longer in the journal.");
                    } else {
                        fill(found.person());
                    }
                })
                .onError(error -> {
                    LOG.error("Reading a person failed", error);
                    loading.set(false);
                    loadError.set(error instanceof JournalException ? error.getMessage()
                            : "Kith could not read this person from the journal.");
                })
                .start();
    }

    private record Loaded(Person person, List<String> tags) {
    }

    private void fill(Person person) {
        original = person;
        heading.set("Edit " + person.name());
        name.set(person.name());
        nickname.set(text(person.nickname()));
        organization.set(text(person.organization()));
        title.set(text(person.title()));
        emails.setAll(person.emails().stream().map(this::emailRow).toList());
        phones.setAll(person.phones().stream().map(this::phoneRow).toList());
        tags.chosen().setAll(person.tags());
        kin.set(person.kin());
        ring.set(person.ring());
        cadence.set(person.cadenceDays() == null ? "" : person.cadenceDays().toString());
        PartialDate birthday = person.birthday();
        birthdayDay.set(birthday == null ? "" : Integer.toString(birthday.day()));
        birthdayMonth.set(birthday == null ? null : Month.of(birthday.month()));
        birthdayYear.set(birthday == null || birthday.year() == null ? "" : birthday.year().toString());
        howWeMet.set(text(person.howWeMet()));
        metOn.set(person.metOn());
        dates.setAll(person.dates().stream().map(DateRow::new).toList());
        mattersToThem.set(text(person.mattersToThem()));
        notes.set(text(person.notes()));
        photo.set(person.photo());
    }

    public TextRow addEmail() {
        TextRow row = emailRow("");
        emails.add(row);
        return row;
    }

    public TextRow addPhone() {
        TextRow row = phoneRow("");
        phones.add(row);
        return row;
    }

    public void removeEmail(TextRow row) {
        emails.remove(row);
    }

    public void removePhone(TextRow row) {
        phones.remove(row);
    }

    /** A new, empty important date, at the end. */
    public DateRow addDate() {
        DateRow row = new DateRow();
        dates.add(row);
        return row;
    }

    public void removeDate(DateRow row) {
        dates.remove(row);
    }

    private TextRow emailRow(String text) {
        return new TextRow(text, FieldRules::email);
    }

    private TextRow phoneRow(String text) {
        return new TextRow(text, FieldRules::phone);
    }

    /**
     * Checks every field and, when all are right, saves the person in the background. When some
     * are not, nothing is saved: each shows its sentence, and {@link #saveErrorProperty()} says so.
     */
    public void save() {
        boolean busy = saving.get() || loading.get() || photo.readingProperty().get();
        if (busy || saved.get() || loadError.get() != null) {
            return;
        }
        checks().forEach(FieldCheck::touch);
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            saveError.set(problems.size() == 1 ? "Not saved: " + lowerFirst(problems.get(0))
                    : "Not saved: " + problems.size() + " fields need a change (see the messages under them).");
            return;
        }
        Person person;
        try {
            person = person();
        } catch (InvalidValueException e) {
            saveError.set("Not saved: " + e.getMessage() + ".");
            return;
        }
        write(person);
    }

    private void write(Person person) {
        boolean isNew = original == null;
        saving.set(true);
        saveError.set(null);
        tasks.write(context -> {
            if (isNew) {
                people.add(person);
            } else {
                people.update(person);
            }
            return person.id();
        }).onSuccess(id -> {
            saving.set(false);
            saved.set(true);
            whenSaved.accept(id);
        }).onError(JournalException.class, error -> {
            saving.set(false);
            saveError.set(error.getMessage());
        }).onError(error -> {
            LOG.error("Saving a person failed", error);
            saving.set(false);
            saveError.set("Kith could not save " + person.name() + " in the journal.");
        }).start();
    }

    /** Every sentence that stands in the way of saving, in the order of the fields. */
    public List<String> problems() {
        return checks().map(FieldCheck::problem).filter(Objects::nonNull).toList();
    }

    private Stream<FieldCheck> checks() {
        List<FieldCheck> all = new ArrayList<>(List.of(nameCheck, nicknameCheck, organizationCheck, titleCheck));
        emails.forEach(row -> all.add(row.check()));
        phones.forEach(row -> all.add(row.check()));
        all.add(birthdayCheck);
        dates.forEach(row -> all.add(row.check()));
        all.addAll(List.of(cadenceCheck, howWeMetCheck, mattersCheck, notesCheck));
        return all.stream();
    }

    /** The person the fields describe; fields the editor does not show keep their values. */
    private Person person() {
        Person.Builder builder = original == null ? Person.builder() : original.toBuilder();
        return builder.name(name.get())
                .nickname(nickname.get())
                .organization(organization.get())
                .title(title.get())
                .emails(values(emails))
                .phones(values(phones))
                .tags(List.copyOf(tags.chosen()))
                .kin(kin.get())
                .ring(ring.get())
                .cadenceDays(FieldRules.cadenceDays(cadence.get()))
                .birthday(BirthdayInput.value(birthdayDay.get(), birthdayMonth.get(), birthdayYear.get(), thisYear()))
                .howWeMet(howWeMet.get())
                .metOn(metOn.get())
                .dates(dates.stream().map(DateRow::value).filter(Objects::nonNull).toList())
                .mattersToThem(mattersToThem.get())
                .notes(notes.get())
                .photo(photo.photoProperty().get())
                .build();
    }

    /** Chooses a picture file: read and scaled in the background. */
    public void choosePhoto(Path file) {
        photo.choose(file);
    }

    public void removePhoto() {
        photo.set(null);
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    private static List<String> values(List<TextRow> rows) {
        return rows.stream().map(TextRow::value).filter(value -> !value.isEmpty()).toList();
    }

    private static FieldCheck shortCheck(StringProperty field, String what) {
        return new FieldCheck(() -> FieldRules.shortText(field.get(), what), field);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String lowerFirst(String sentence) {
        return sentence.startsWith("“") ? sentence
                : sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1);
    }

    // ---- what the view binds to --------------------------------------------------------------

    public StringProperty nameProperty() { return name; }
    public StringProperty nicknameProperty() { return nickname; }
    public StringProperty organizationProperty() { return organization; }
    public StringProperty titleProperty() { return title; }
    public ObservableList<TextRow> emails() { return emails; }
    public ObservableList<TextRow> phones() { return phones; }
    public PersonTags tags() { return tags; }
    public BooleanProperty kinProperty() { return kin; }
    public ObjectProperty<Ring> ringProperty() { return ring; }
    public StringProperty cadenceProperty() { return cadence; }
    public StringProperty birthdayDayProperty() { return birthdayDay; }
    public ObjectProperty<Month> birthdayMonthProperty() { return birthdayMonth; }
    public StringProperty birthdayYearProperty() { return birthdayYear; }
    public StringProperty howWeMetProperty() { return howWeMet; }
    public ObjectProperty<LocalDate> metOnProperty() { return metOn; }
    public ObservableList<DateRow> dates() { return dates; }
    public StringProperty mattersToThemProperty() { return mattersToThem; }
    public StringProperty notesProperty() { return notes; }
    public PhotoChoice photo() { return photo; }

    public FieldCheck nameCheck() { return nameCheck; }
    public FieldCheck nicknameCheck() { return nicknameCheck; }
    public FieldCheck organizationCheck() { return organizationCheck; }
    public FieldCheck titleCheck() { return titleCheck; }
    public FieldCheck cadenceCheck() { return cadenceCheck; }
    public FieldCheck birthdayCheck() { return birthdayCheck; }
    public FieldCheck howWeMetCheck() { return howWeMetCheck; }
    public FieldCheck mattersCheck() { return mattersCheck; }
    public FieldCheck notesCheck() { return notesCheck; }

    /** True while the person or the tags are read; saving waits for it. */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    /** True once the person is in the journal: the editor can close. */
    public ReadOnlyBooleanProperty savedProperty() { return saved.getReadOnlyProperty(); }
    /** "New person" or "Edit Maya Cole". */
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    /** Why the person could not be read, or null. */
    public ReadOnlyStringProperty loadErrorProperty() { return loadError.getReadOnlyProperty(); }
    /** Why the person was not saved, or null. */
    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }
}
