package app.kith.ui.people;

import app.kith.domain.InvalidValueException;
import app.kith.domain.Person;
import app.kith.store.JournalException;
import app.kith.store.PersonRepository;
import app.kith.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Add a person" form: a name, checked by the domain's own rules, saved in the background.
 * A message about the name is shown next to the field; once shown, it follows the typing.
 */
public final class AddPersonViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AddPersonViewModel.class);

    private final TaskRunner tasks;
    private final PersonRepository people;
    private final Consumer<Person> onAdded;

    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper added = new ReadOnlyBooleanWrapper();

    /**
     * @param onAdded told (on the FX thread) once the person is in the journal
     */
    public AddPersonViewModel(TaskRunner tasks, PersonRepository people, Consumer<Person> onAdded) {
        this.tasks = tasks;
        this.people = people;
        this.onAdded = onAdded;
        name.addListener((observable, was, now) -> {
            if (nameError.get() != null) {
                check();
            }
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** What is wrong with the name, in a sentence, or null. */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** Why saving failed (the journal refused), or null. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once the person was saved: the form can close. */
    public ReadOnlyBooleanProperty addedProperty() {
        return added.getReadOnlyProperty();
    }

    /** Checks the name and, when it is good, adds the person in the background. */
    public void save() {
        if (saving.get() || added.get()) {
            return;
        }
        Person person = check();
        if (person == null) {
            return;
        }
        saving.set(true);
        saveError.set(null);
        tasks.write(context -> {
            people.add(person);
            return person;
        }).onSuccess(saved -> {
            saving.set(false);
            added.set(true);
            onAdded.accept(saved);
        }).onError(JournalException.class, error -> {
            saving.set(false);
            saveError.set(error.getMessage());
        }).onError(error -> {
            LOG.error("Adding a person failed", error);
            saving.set(false);
            saveError.set("Kith could not add " + person.name() + " to the journal.");
        }).start();
    }

    /** The person the form describes, or null with the reason in {@link #nameErrorProperty()}. */
    private Person check() {
        String typed = name.get();
        if (typed == null || typed.isBlank()) {
            nameError.set("Enter a name.");
            return null;
        }
        try {
            Person person = Person.named(typed);
            nameError.set(null);
            return person;
        } catch (InvalidValueException e) {
            nameError.set(sentence(e.getMessage()));
            return null;
        }
    }

    /** The domain says "name is longer than 200 characters"; a form says it as a sentence. */
    private static String sentence(String message) {
        String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
