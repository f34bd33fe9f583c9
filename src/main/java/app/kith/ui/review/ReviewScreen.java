package app.kith.ui.review;

import app.kith.ui.common.Shown;
import app.kith.ui.common.WhileShown;
import app.kith.ui.review.ReviewViewModel.Phase;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * The Review screen: between sessions what is waiting and the reviews held, during one the person at hand, at the
 * end the summary. While it is shown its keys work wherever the focus is in the window (L, S, C, G, N, ←, →, Esc in a
 * session; Enter starts one and closes its summary), and it follows the journal; hidden, it does neither.
 */
public final class ReviewScreen {

    private final ReviewViewModel model;
    private final ReviewSessionView session;
    private final ScrollPane scroll;
    private final EventHandler<KeyEvent> keys = this::key;
    private final EventHandler<KeyEvent> typed = this::typed;
    private final EventHandler<KeyEvent> released = event -> taken = null;
    private Scene listening;
    /**
     * The text of a key the screen took, until the key is released: the character it types is not for a field that
     * took the focus meanwhile (C and D open one).
     */
    private String taken;

    public ReviewScreen(ReviewViewModel model) {
        this.model = model;
        ReviewStartView start = new ReviewStartView(model);
        this.session = new ReviewSessionView(model);
        ReviewSummaryView summary = new ReviewSummaryView(model);
        Shown.shownWhile(start.node(), model.phaseProperty().isEqualTo(Phase.READY));
        Shown.shownWhile(session.node(), model.phaseProperty().isEqualTo(Phase.SESSION));
        Shown.shownWhile(summary.node(), model.phaseProperty().isEqualTo(Phase.SUMMARY));
        StackPane pages = new StackPane(start.node(), session.node(), summary.node());
        pages.setAlignment(Pos.TOP_LEFT);
        pages.setId("review");
        pages.getStyleClass().add("kith-review-pages");
        scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setId("review-scroll");
        model.phaseProperty().addListener((observable, was, now) -> {
            scroll.setVvalue(0);
            if (now == Phase.SESSION && scroll.getScene() != null) {
                scroll.requestFocus();
            }
        });
        WhileShown.follow(scroll, this::shown, this::hidden);
    }

    public Node node() {
        return scroll;
    }

    private void shown() {
        listening = scroll.getScene();
        listening.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        listening.addEventFilter(KeyEvent.KEY_TYPED, typed);
        listening.addEventFilter(KeyEvent.KEY_RELEASED, released);
        model.activate();
        scroll.requestFocus();
    }

    private void hidden() {
        if (listening != null) {
            listening.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            listening.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            listening.removeEventFilter(KeyEvent.KEY_RELEASED, released);
            listening = null;
        }
        model.deactivate();
    }

    private void typed(KeyEvent event) {
        if (taken != null && taken.equalsIgnoreCase(event.getCharacter())) {
            event.consume();
        }
        taken = null;
    }

    private void key(KeyEvent event) {
        taken = null;
        if (event.isShortcutDown() || event.isAltDown() || event.isControlDown() || event.isMetaDown()) {
            return;
        }
        Phase phase = model.phaseProperty().get();
        KeyCode code = event.getCode();
        boolean handled = true;
        if (phase == Phase.SESSION) {
            handled = session.key(event);
        } else if (phase == Phase.READY && code == KeyCode.ENTER && model.waitingProperty().get() > 0) {
            model.start();
        } else if (phase == Phase.SUMMARY && code == KeyCode.ENTER) {
            model.done();
        } else if (phase == Phase.SUMMARY && code == KeyCode.LEFT) {
            model.back();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
            taken = event.getText().isEmpty() ? null : event.getText();
        }
    }
}
