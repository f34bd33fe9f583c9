package app.kith.ui.shell;

import app.kith.ui.common.UndoOffer;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one thing the user can undo right now, if any. A newer offer replaces the older one: only the
 * latest slip is offered back, as mail clients do, so that Undo never reaches an action the user no
 * longer sees. Used on the FX application thread.
 */
public final class UndoViewModel implements UndoOffer {

    /** What is shown: the sentence, and the way back (none when it says that an undo failed). */
    public record Offer(String message, Runnable undo) {
        public Offer {
            Objects.requireNonNull(message);
        }

        /** False for the sentence of a failed undo: there is nothing to take back. */
        public boolean canUndo() {
            return undo != null;
        }
    }

    private final ReadOnlyObjectWrapper<Offer> current = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding offering = Bindings.createBooleanBinding(
            () -> current.get() != null && current.get().canUndo(), current);

    @Override
    public void offer(String message, Runnable undo) {
        current.set(new Offer(message, Objects.requireNonNull(undo)));
    }

    @Override
    public void failed(String sentence) {
        current.set(new Offer(sentence, null));
    }

    /** Undoes what is offered (once) and withdraws the offer; nothing when nothing is offered. */
    public void undo() {
        Offer offer = current.get();
        if (offer != null && offer.canUndo()) {
            current.set(null);
            offer.undo().run();
        }
    }

    /** The offer expired or was closed: the action stays done. */
    public void dismiss() {
        current.set(null);
    }

    /** Withdraws this very offer, unless a newer one has replaced it meanwhile. */
    void expire(Offer offer) {
        if (current.get() == offer) {
            current.set(null);
        }
    }

    public ReadOnlyObjectProperty<Offer> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while something can be undone. */
    public BooleanBinding offeringProperty() {
        return offering;
    }
}
