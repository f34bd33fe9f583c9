package app.kith.ui.shell;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/**
 * The part of the window beside the rail: the sample banner (while exploring) over either the
 * current screen or one of the shell's pages (opening, problem, sample being made).
 */
final class ContentArea {

    private final BorderPane area = new BorderPane();
    private final ShellViewModel shell;
    private final ObservableValue<Screen> screen;
    private final Function<Screen, Node> screenView;
    private final ShellActions actions;
    private final Node opening = ShellPages.opening();
    // Built when first needed: a window that opens its journal without trouble never builds them.
    private Node problem;
    private Node generating;
    private Node banner;
    private Node locked;
    private Node readOnlyBanner;

    ContentArea(ShellViewModel shell, ShellActions actions, ObservableValue<Screen> screen,
                Function<Screen, Node> screenView) {
        this.shell = shell;
        this.screen = screen;
        this.screenView = screenView;
        this.actions = actions;
        area.getStyleClass().add("kith-content");
        shell.phaseProperty().addListener((observable, was, now) -> update());
        shell.exploringSampleProperty().addListener((observable, was, now) -> update());
        shell.readOnlyProperty().addListener((observable, was, now) -> update());
        screen.addListener((observable, was, now) -> update());
        update();
    }

    Node node() {
        return area;
    }

    private void update() {
        ShellViewModel.Phase phase = shell.phaseProperty().get();
        boolean ready = phase == ShellViewModel.Phase.READY;
        area.setTop(ready && shell.exploringSampleProperty().get() ? banner()
                : ready && shell.readOnlyProperty().get() ? readOnlyBanner() : null);
        area.setCenter(switch (phase) {
            case OPENING -> opening;
            case LOCKED -> locked();
            case PROBLEM -> problem();
            case GENERATING_SAMPLE -> generating();
            case READY -> screenView.apply(screen.getValue());
        });
    }

    private Node problem() {
        if (problem == null) {
            problem = ShellPages.problem(shell, actions);
        }
        return problem;
    }

    private Node locked() {
        if (locked == null) {
            locked = PassphrasePage.create(shell, actions);
        }
        return locked;
    }

    private Node readOnlyBanner() {
        if (readOnlyBanner == null) {
            readOnlyBanner = ShellPages.readOnlyBanner();
        }
        return readOnlyBanner;
    }

    private Node generating() {
        if (generating == null) {
            generating = ShellPages.generatingSample(shell);
        }
        return generating;
    }

    private Node banner() {
        if (banner == null) {
            banner = ShellPages.sampleBanner(shell);
        }
        return banner;
    }
}
