package app.kith.ui.review;

import java.util.Locale;
import app.kith.ui.common.DayText;
import app.kith.ui.common.Shown;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The choices S and C open in place of the action buttons, answered by keys too: a snooze of 1 week, 1 month,
 * 3 months (keys 1, 2, 3) or until a date (D); a cadence in days (the suggestion filled in: Enter takes it), or clear.
 * Esc closes a choice without deciding.
 */
final class ReviewChoicesView {

    /** Which choice is open. */
    enum Open { NONE, SNOOZE, DATE, CADENCE }

    private final ReviewViewModel model;
    private final ObjectProperty<Open> open = new SimpleObjectProperty<>(Open.NONE);
    private final StackPane root = new StackPane();
    private final Label snoozeTitle = new Label();
    private final FlowPane snoozes = new FlowPane();
    private final DatePicker date = new DatePicker();
    private final Label dateError = error("review-date-error");
    private final Label cadenceTitle = new Label();
    private final Label cadenceNow = new Label();
    private final Label cadenceSuggested = new Label();
    private final TextField days = new TextField();
    private final Label daysError = error("review-days-error");
    private final Button clear;
    private List<ReviewChoices.Snooze> offered = List.of();

    ReviewChoicesView(ReviewViewModel model) {
        this.model = model;
        snoozeTitle.getStyleClass().add("kith-review-choice-title");
        snoozeTitle.setWrapText(true);
        snoozes.getStyleClass().add("kith-review-actions");
        VBox snooze = new VBox(8, snoozeTitle, snoozes);
        date.setId("review-date");
        date.setEditable(true);
        date.setConverter(new DayText(Locale.getDefault(Locale.Category.FORMAT)));
        date.setPromptText("A day after today");
        Label untilTitle = new Label("Snooze until");
        untilTitle.getStyleClass().add("kith-review-choice-title");
        VBox until = new VBox(8, untilTitle, new HBox(8, date,
                KeyButton.of("review-date-snooze", "Snooze", "Enter", "Snooze until this day", this::snoozeUntil),
                KeyButton.of("review-date-cancel", "Cancel", "Esc", "Close without deciding", this::close)), dateError);
        days.setId("review-days");
        days.setPrefColumnCount(5);
        days.textProperty().addListener((observable, was, now) -> daysError.setText(""));
        cadenceTitle.getStyleClass().add("kith-review-choice-title");
        cadenceTitle.setWrapText(true);
        cadenceNow.getStyleClass().add("kith-muted");
        cadenceNow.setWrapText(true);
        cadenceSuggested.getStyleClass().add("kith-muted");
        cadenceSuggested.setWrapText(true);
        clear = KeyButton.of("review-cadence-clear", "Clear", "Del", "Take their own cadence away", this::clearCadence);
        HBox daysLine = new HBox(8, days, new Label("days"),
                KeyButton.of("review-cadence-set", "Set", "Enter", "Set the cadence to these days", this::setCadence),
                clear, KeyButton.of("review-cadence-cancel", "Cancel", "Esc", "Close without deciding", this::close));
        daysLine.getStyleClass().add("kith-review-choice-line");
        VBox cadence = new VBox(8, cadenceTitle, cadenceNow, cadenceSuggested, daysLine, daysError);
        for (VBox choice : List.of(snooze, until, cadence)) {
            choice.getStyleClass().add("kith-review-choice");
        }
        snooze.setId("review-snooze-choice");
        until.setId("review-date-choice");
        cadence.setId("review-cadence-choice");
        Shown.shownWhile(snooze, open.isEqualTo(Open.SNOOZE));
        Shown.shownWhile(until, open.isEqualTo(Open.DATE));
        Shown.shownWhile(cadence, open.isEqualTo(Open.CADENCE));
        root.getChildren().addAll(snooze, until, cadence);
        Shown.shownWhile(root, open.isNotEqualTo(Open.NONE));
        // Another person shown (or the session over): whatever was being chosen was for someone else.
        model.cardProperty().addListener((observable, was, now) -> {
            if (was == null || now == null || !was.person().equals(now.person())) {
                close();
            }
        });
    }

    Node node() {
        return root;
    }

    ObjectProperty<Open> openProperty() {
        return open;
    }

    void openSnooze() {
        ReviewCard card = model.cardProperty().get();
        offered = model.snoozeChoices();
        snoozeTitle.setText("Snooze " + (card == null ? "" : card.name()) + ": out of the review until");
        snoozes.getChildren().clear();
        for (int i = 0; i < offered.size(); i++) {
            ReviewChoices.Snooze choice = offered.get(i);
            snoozes.getChildren().add(KeyButton.of("review-snooze-" + (i + 1), choice.label() + " \u00b7 "
                    + choice.untilText(), Integer.toString(i + 1), "Snooze for " + choice.label(),
                    () -> model.snooze(choice.until())));
        }
        snoozes.getChildren().addAll(
                KeyButton.of("review-snooze-date", "A date\u2026", "D", "Snooze until a day you choose", this::openDate),
                KeyButton.of("review-snooze-cancel", "Cancel", "Esc", "Close without deciding", this::close));
        open.set(Open.SNOOZE);
    }

    void openCadence() {
        ReviewChoices.CadenceChoice choice = model.cadenceChoice();
        if (choice == null) {
            return;
        }
        cadenceTitle.setText("How often do you mean to talk to " + choice.name() + "?");
        cadenceNow.setText("Now: " + choice.current() + ".");
        cadenceSuggested.setText(choice.suggestion());
        Integer filled = choice.suggested() != null ? choice.suggested() : choice.own();
        days.setText(filled == null ? "" : filled.toString());
        clear.setDisable(choice.own() == null);
        open.set(Open.CADENCE);
        days.requestFocus();
        days.selectAll();
    }

    /** A key while the snooze choice is open: 1, 2, 3, D or Esc; true when it was one of them. */
    boolean snoozeKey(KeyCode code) {
        int picked = switch (code) {
            case DIGIT1, NUMPAD1 -> 0;
            case DIGIT2, NUMPAD2 -> 1;
            case DIGIT3, NUMPAD3 -> 2;
            default -> -1;
        };
        if (picked >= 0 && picked < offered.size()) {
            model.snooze(offered.get(picked).until());
            return true;
        }
        if (code == KeyCode.D) {
            openDate();
            return true;
        }
        if (code == KeyCode.ESCAPE) {
            close();
            return true;
        }
        return false;
    }

    void close() {
        open.set(Open.NONE);
        dateError.setText("");
        daysError.setText("");
    }

    private void openDate() {
        date.setValue(null);
        date.getEditor().clear();
        open.set(Open.DATE);
        date.getEditor().requestFocus();
    }

    /**
     * A key while the date or the cadence is being typed: Enter decides, Esc closes, Delete clears the cadence; true
     * when it was one of them (every other key is the field's).
     */
    boolean fieldKey(KeyCode code) {
        if (code == KeyCode.ESCAPE) {
            close();
        } else if (code == KeyCode.ENTER) {
            if (open.get() == Open.DATE) {
                snoozeUntil();
            } else {
                setCadence();
            }
        } else if (code == KeyCode.DELETE && open.get() == Open.CADENCE && !clear.isDisabled()) {
            clearCadence();
        } else {
            return false;
        }
        return true;
    }

    private void snoozeUntil() {
        LocalDate day = typedDate();
        if (day == null) {
            dateError.setText("Write the day as the calendar shows it, or pick it from the calendar.");
        } else if (!day.isAfter(model.today())) {
            dateError.setText("A snooze ends after today: choose a later day.");
        } else {
            model.snooze(day);
        }
    }

    /** The date picker keeps typed text until it loses focus: read it now. */
    private LocalDate typedDate() {
        String text = date.getEditor().getText();
        if (text == null || text.isBlank()) {
            return date.getValue();
        }
        try {
            return date.getConverter().fromString(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void setCadence() {
        String problem = ReviewChoices.check(days.getText());
        if (problem != null) {
            daysError.setText(problem);
        } else {
            model.cadence(ReviewChoices.days(days.getText()));
        }
    }

    private void clearCadence() {
        model.cadence(null);
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("kith-field-error");
        label.setWrapText(true);
        Shown.shownWhile(label, label.textProperty().isNotEmpty());
        return label;
    }
}
