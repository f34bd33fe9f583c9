package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoViewModelTest {

    private final UndoViewModel undo = new UndoViewModel();
    private final List<String> undone = new ArrayList<>();

    @Test
    void nothingIsOfferedAtFirstAndUndoThenDoesNothing() {
        assertThat(undo.offeringProperty().get()).isFalse();
        undo.undo();
        assertThat(undone).isEmpty();
    }

    @Test
    void undoRunsTheOfferOnceAndWithdrawsIt() {
        undo.offer("Deleted Maya Cole", () -> undone.add("Maya"));
        assertThat(undo.currentProperty().get().message()).isEqualTo("Deleted Maya Cole");

        undo.undo();
        undo.undo();

        assertThat(undone).containsExactly("Maya");
        assertThat(undo.offeringProperty().get()).isFalse();
    }

    @Test
    void aNewerOfferReplacesTheOlderOne() {
        undo.offer("Deleted Maya Cole", () -> undone.add("Maya"));
        undo.offer("Deleted Tom Reed", () -> undone.add("Tom"));

        undo.undo();

        assertThat(undone).containsExactly("Tom");
    }

    @Test
    void anExpiredOfferIsGoneButExpiryNeverTakesANewerOne() {
        undo.offer("Deleted Maya Cole", () -> undone.add("Maya"));
        UndoViewModel.Offer first = undo.currentProperty().get();
        undo.offer("Deleted Tom Reed", () -> undone.add("Tom"));

        undo.expire(first);
        assertThat(undo.currentProperty().get().message()).isEqualTo("Deleted Tom Reed");

        undo.dismiss();
        undo.undo();
        assertThat(undone).isEmpty();
    }
}
