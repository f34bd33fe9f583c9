package app.kith.ui.person;

import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one sentence shown under a field. The problem is worked out as the person types, but shown
 * only once they have left the field or tried to save: "not an email" after the first letter
 * would be noise.
 */
public final class FieldCheck {

    private final Supplier<String> problem;
    private final ReadOnlyBooleanWrapper touched = new ReadOnlyBooleanWrapper();
    private final StringBinding error;

    /**
     * @param problem the sentence saying what is wrong, or null when nothing is
     * @param inputs what the problem is worked out from
     */
    public FieldCheck(Supplier<String> problem, Observable... inputs) {
        this.problem = problem;
        Observable[] dependencies = new Observable[inputs.length + 1];
        System.arraycopy(inputs, 0, dependencies, 0, inputs.length);
        dependencies[inputs.length] = touched;
        this.error = Bindings.createStringBinding(() -> touched.get() ? problem.get() : null, dependencies);
    }

    /** What is wrong now, whether shown yet or not; null when nothing is. */
    public String problem() {
        return problem.get();
    }

    /** The sentence to show under the field, or null. */
    public StringBinding error() {
        return error;
    }

    /** The person has left the field (or tried to save): its problem, if any, is shown from now on. */
    public void touch() {
        touched.set(true);
    }

    public ReadOnlyBooleanProperty touchedProperty() {
        return touched.getReadOnlyProperty();
    }
}
