package app.kith.ui.shell;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Progress;
import app.kith.ui.common.Shown;
import atlantafx.base.theme.Styles;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The pages the shell shows instead of a screen: opening, a problem, the sample being made; and the sample banner. */
final class ShellPages {

    /** A quick open shows nothing at all; only a slow one shows the indicator. */
    private static final Duration QUIET_OPENING = Duration.millis(400);

    private ShellPages() {
    }

    static Node opening() {
        Label text = new Label("Opening your journal…");
        text.getStyleClass().add("kith-muted");
        VBox column = new VBox(12, text);
        column.setAlignment(Pos.CENTER);
        column.setId("opening-page");
        column.setOpacity(0);
        // The spinner is made only when the wait turns out long: a quick open costs the first frame nothing.
        PauseTransition quiet = new PauseTransition(QUIET_OPENING);
        quiet.setOnFinished(event -> {
            if (column.getChildren().size() == 1) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setMaxSize(32, 32);
                column.getChildren().add(0, spinner);
            }
            FadeTransition fadeIn = new FadeTransition(Duration.millis(200), column);
            fadeIn.setToValue(1);
            fadeIn.play();
        });
        column.sceneProperty().addListener((observable, was, scene) -> {
            column.setOpacity(0);
            if (scene != null) {
                quiet.playFromStart();
            } else {
                quiet.stop();
            }
        });
        return column;
    }

    static Node problem(ShellViewModel shell, ShellActions actions) {
        FontIcon icon = Icons.icon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("kith-problem-icon");
        Label title = new Label();
        title.setId("problem-title");
        title.getStyleClass().add("kith-page-title");
        title.setWrapText(true);
        title.textProperty().bind(shell.problemTitleProperty());
        Label sentence = new Label();
        sentence.setId("problem-text");
        sentence.getStyleClass().add("kith-problem-text");
        sentence.setWrapText(true);
        sentence.textProperty().bind(shell.problemProperty());

        Button retry = new Button("Try again");
        retry.setId("problem-retry");
        retry.setDefaultButton(true);
        retry.setOnAction(event -> shell.retry());
        Button back = new Button("Back to my journal");
        back.setId("problem-back");
        back.setOnAction(event -> shell.backToOwnJournal());
        Shown.shownWhile(back, shell.exploringSampleProperty());
        Button quit = new Button("Quit Kith");
        quit.setOnAction(event -> actions.quit());
        HBox buttons = new HBox(8, retry, back, quit);

        VBox column = new VBox(16, icon, title, sentence, buttons);
        column.getStyleClass().add("kith-page-column");
        return page(column, "problem-page");
    }

    static Node generatingSample(ShellViewModel shell) {
        Label title = new Label("Creating a sample journal");
        title.getStyleClass().add("kith-page-title");
        Label lead = new Label("Kith is writing a made-up journal into its own folder, "
                + shell.sampleFolder() + ". Your own journal is untouched.");
        lead.getStyleClass().add("kith-lead");
        lead.setWrapText(true);

        ProgressBar bar = new ProgressBar();
        bar.setId("sample-progress");
        bar.setAccessibleText("Progress of the sample journal");
        bar.getStyleClass().add("kith-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> fraction(shell.sampleProgressProperty().get()), shell.sampleProgressProperty()));
        Label message = new Label();
        message.setId("sample-progress-message");
        message.getStyleClass().addAll("kith-muted", "kith-small");
        message.textProperty().bind(Bindings.createStringBinding(
                () -> message(shell.sampleProgressProperty().get()), shell.sampleProgressProperty()));

        Button cancel = new Button("Cancel");
        cancel.setId("sample-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> shell.cancelSample());

        VBox column = new VBox(16, title, lead, new VBox(8, bar, message), cancel);
        column.getStyleClass().add("kith-page-column");
        return page(column, "sample-progress-page");
    }

    /** "You are exploring a sample journal…", shown above every screen while it is open. */
    static Node sampleBanner(ShellViewModel shell) {
        FontIcon icon = Icons.icon(Feather.COMPASS);
        Label text = new Label("You are exploring a sample journal — your own journal is untouched.");
        text.getStyleClass().add("kith-banner-text");
        text.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button back = new Button("Back to my journal");
        back.setId("banner-back");
        back.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        back.setOnAction(event -> shell.backToOwnJournal());
        HBox banner = new HBox(icon, text, gap, back);
        banner.setId("sample-banner");
        banner.getStyleClass().add("kith-banner");
        banner.setAccessibleText(text.getText());
        return banner;
    }

    /** Shown above every screen while the journal sits on a disk Kith cannot write to. */
    static Node readOnlyBanner() {
        FontIcon icon = Icons.icon(Feather.EYE);
        Label text = new Label("This journal is on a disk Kith cannot write to: you can read and export it, but"
                + " not change it.");
        text.getStyleClass().add("kith-banner-text");
        text.setMinWidth(0);
        text.setWrapText(true);
        HBox banner = new HBox(icon, text);
        banner.setId("read-only-banner");
        banner.getStyleClass().addAll("kith-banner", "kith-banner-warning");
        banner.setAccessibleText(text.getText());
        return banner;
    }

    private static VBox page(VBox column, String id) {
        VBox page = new VBox(column);
        page.setId(id);
        page.getStyleClass().add("kith-page");
        return page;
    }

    private static double fraction(Progress progress) {
        return progress == null ? ProgressBar.INDETERMINATE_PROGRESS : progress.fraction();
    }

    private static String message(Progress progress) {
        if (progress == null || progress.message() == null || progress.message().isEmpty()) {
            return "";
        }
        String text = progress.message();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
