package app.kith.ui.log;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One favour row of the Log dialog: given or received, with whom (one of the conversation's people),
 * its size, kind, a description and whether it is only promised.
 */
public final class FavourForm {

    private final UUID id;
    private final ObjectProperty<FavourDirection> direction = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonChoice> person = new SimpleObjectProperty<>();
    private final ObjectProperty<FavourSize> size = new SimpleObjectProperty<>(FavourSize.SMALL);
    private final ObjectProperty<FavourKind> kind = new SimpleObjectProperty<>(FavourKind.HELP);
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty promised = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    FavourForm(FavourDirection direction) {
        this.id = UUID.randomUUID();
        this.direction.set(direction);
    }

    /** A row filled in from a favour already in the journal; saving keeps its id. */
    FavourForm(Favour favour, PersonChoice person) {
        this.id = favour.id();
        direction.set(favour.direction());
        this.person.set(person);
        size.set(favour.size());
        kind.set(favour.kind());
        description.set(favour.description() == null ? "" : favour.description());
        promised.set(favour.status() == FavourStatus.PROMISED);
    }

    public ObjectProperty<FavourDirection> directionProperty() {
        return direction;
    }

    /** Whose favour it is; the dialog keeps it among the entry's people. */
    public ObjectProperty<PersonChoice> personProperty() {
        return person;
    }

    public ObjectProperty<FavourSize> sizeProperty() {
        return size;
    }

    public ObjectProperty<FavourKind> kindProperty() {
        return kind;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** Promised but not done yet. */
    public BooleanProperty promisedProperty() {
        return promised;
    }

    /** What is wrong with the row, in a sentence, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    UUID id() {
        return id;
    }

    /** The favour the row describes, or null with the reason in {@link #errorProperty()}. */
    Favour check(LocalDate date, UUID interaction) {
        if (person.get() == null) {
            error.set("Say whose favour this is.");
            return null;
        }
        try {
            Favour favour = new Favour(id, date, person.get().id(), direction.get(), size.get(), kind.get(),
                    description.get(), promised.get() ? FavourStatus.PROMISED : FavourStatus.DONE, interaction);
            error.set(null);
            return favour;
        } catch (InvalidValueException e) {
            error.set(EntryWords.sentence(e.getMessage()));
            return null;
        }
    }
}
