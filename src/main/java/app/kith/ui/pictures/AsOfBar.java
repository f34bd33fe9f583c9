package app.kith.ui.pictures;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import app.kith.ui.common.Tips;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The "as of" controls under a picture: Play, a slider over the last 24 month ends and today, and the day chosen;
 * and the banner above it that says which day is shown while it is not today, with the way back.
 */
public final class AsOfBar {

    /** A month of replay every this long: time for the bubbles to glide and the eye to follow. */
    static final Duration BEAT = Duration.millis(900);

    private final AsOfViewModel model;
    private final HBox bar;
    private final HBox banner;
    private final Slider slider = new Slider();
    private final Timeline beat;
    /** True while the slider is set from the model, so that its move is not taken for the user's. */
    private boolean following;

    /** @param id the prefix of the controls' ids ("map", "rings") */
    public AsOfBar(AsOfViewModel model, String id) {
        this.model = model;
        // The Map and the Rings each have a bar and share the model: only the bar on screen keeps the beat.
        beat = new Timeline(new KeyFrame(BEAT, event -> {
            if (onScreen()) {
                model.advance();
            }
        }));
        beat.setCycleCount(Animation.INDEFINITE);
        model.playingProperty().addListener((observable, was, now) -> {
            if (now) {
                beat.play();
            } else {
                beat.stop();
            }
        });
        bar = bar(id);
        banner = banner(id);
    }

    private boolean onScreen() {
        return bar.getScene() != null;
    }

    /** The Play button, the slider and the day: under the picture. */
    public Node bar() {
        return bar;
    }

    /** "As of 31 March 2025 — Esc returns to today": above the picture while a past day is shown. */
    public Node banner() {
        return banner;
    }

    private HBox bar(String id) {
        Label day = new Label();
        day.setId(id + "-as-of-day");
        day.getStyleClass().add("kith-as-of-day");
        day.textProperty().bind(model.stopTextProperty());
        day.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(16, 16);
        Shown.shownWhile(working, model.workingProperty().and(model.awayProperty()));
        Label problem = new Label();
        problem.getStyleClass().add("kith-field-error");
        problem.textProperty().bind(model.problemProperty());
        Shown.shownWhile(problem, model.problemProperty().isNotNull());
        HBox row = new HBox(8, play(id), slider(id), working, day, problem);
        row.getStyleClass().add("kith-as-of-bar");
        return row;
    }

    /** ▶ while today or paused, ⏸ while playing. */
    private Button play(String id) {
        Button play = new Button();
        play.setId(id + "-play");
        play.getStyleClass().add(Styles.BUTTON_ICON);
        Runnable icon = () -> {
            boolean playing = model.playingProperty().get();
            play.setGraphic(Icons.icon(playing ? Feather.PAUSE : Feather.PLAY));
            play.setAccessibleText(playing ? "Pause the replay" : "Replay the last two years month by month");
        };
        icon.run();
        model.playingProperty().addListener((observable, was, now) -> icon.run());
        Tips.install(play, "Replay the last two years, month by month");
        play.setOnAction(event -> model.togglePlay());
        return play;
    }

    /** One stop per month end and today; moving it by hand pauses the replay. */
    private Slider slider(String id) {
        slider.setId(id + "-as-of");
        slider.setMin(0);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setAccessibleText("As of which month");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        Runnable stops = () -> {
            following = true;
            slider.setMax(Math.max(0, model.stops().size() - 1));
            slider.setValue(Math.max(0, model.indexProperty().get()));
            following = false;
        };
        model.stops().addListener((ListChangeListener<LocalDate>) change -> stops.run());
        model.indexProperty().addListener((observable, was, now) -> stops.run());
        stops.run();
        slider.valueProperty().addListener((observable, was, now) -> {
            if (!following) {
                model.pause();
                model.select((int) Math.round(now.doubleValue()));
            }
        });
        return slider;
    }

    private HBox banner(String id) {
        Label text = new Label();
        text.setId(id + "-as-of-banner-text");
        text.getStyleClass().add("kith-banner-text");
        text.textProperty().bind(model.bannerProperty());
        Label hint = new Label("Esc returns to today");
        hint.getStyleClass().addAll("kith-muted", "kith-small");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button today = new Button("Back to today");
        today.setId(id + "-back-to-today");
        today.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        today.setOnAction(event -> model.backToToday());
        HBox row = new HBox(Icons.icon(Feather.CLOCK), text, hint, gap, today);
        row.getStyleClass().add("kith-banner");
        row.setId(id + "-as-of-banner");
        Shown.shownWhile(row, model.awayProperty());
        return row;
    }
}
