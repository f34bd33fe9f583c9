package app.kith.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The window's undo offers for view-model tests: each offer goes to the test, each failure is kept. */
public final class OfferedUndos implements UndoOffer {

    private final BiConsumer<String, Runnable> offers;
    private final List<String> failures = new ArrayList<>();

    public OfferedUndos(BiConsumer<String, Runnable> offers) {
        this.offers = offers;
    }

    @Override
    public void offer(String message, Runnable undo) {
        offers.accept(message, undo);
    }

    @Override
    public void failed(String sentence) {
        failures.add(sentence);
    }

    /** What the window would have said of undos that failed, in order. */
    public List<String> failures() {
        return failures;
    }
}
