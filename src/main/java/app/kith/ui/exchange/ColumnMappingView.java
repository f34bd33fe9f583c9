package app.kith.ui.exchange;

import app.kith.exchange.csv.CsvField;
import app.kith.ui.common.Shown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The mapping step of a contacts import: a table of the CSV file's columns, each with the first row's
 * value and a chooser of what it holds (guessed from its name; "Leave out" by default otherwise).
 */
final class ColumnMappingView {

    /** A chooser's entry: a field in words, or none. */
    private record Choice(CsvField field, String words) {
    }

    private static final Choice LEAVE_OUT = new Choice(null, "Leave out");

    private ColumnMappingView() {
    }

    static Node of(ContactImportViewModel model) {
        Label intro = new Label("Kith does not know these columns. Say what each holds; the first row's values"
                + " are shown beside them. Nothing is written before the preview.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        GridPane table = new GridPane();
        table.setId("contacts-mapping");
        table.getStyleClass().add("kith-mapping");
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(30);
        ColumnConstraints samples = new ColumnConstraints();
        samples.setPercentWidth(40);
        ColumnConstraints choices = new ColumnConstraints();
        choices.setPercentWidth(30);
        table.getColumnConstraints().setAll(names, samples, choices);
        table.addRow(0, heading("Column"), heading("First row"), heading("Holds"));
        int row = 1;
        for (ColumnRow column : model.columns()) {
            Label name = new Label(column.name());
            name.getStyleClass().add("kith-mapping-column");
            Label sample = new Label(column.sample());
            sample.getStyleClass().add("kith-muted");
            sample.setTextOverrun(OverrunStyle.ELLIPSIS);
            table.addRow(row++, name, sample, chooser(column));
        }
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(300);
        scroll.getStyleClass().add("kith-archive-problems");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("contacts-mapping-problem");
        problem.getStyleClass().add("kith-field-error");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.mappingProblemProperty());
        Shown.shownWhile(problem, model.mappingProblemProperty().isNotEmpty());
        return new VBox(12, intro, scroll, problem);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("kith-card-title");
        return heading;
    }

    private static ChoiceBox<Choice> chooser(ColumnRow column) {
        List<Choice> all = new ArrayList<>(List.of(LEAVE_OUT));
        Arrays.stream(CsvField.values()).filter(f -> f.code() != null).map(f -> new Choice(f, words(f)))
                .forEach(all::add);
        ChoiceBox<Choice> chooser = new ChoiceBox<>();
        chooser.getItems().setAll(all);
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? "" : choice.words();
            }

            @Override
            public Choice fromString(String text) {
                return null;
            }
        });
        chooser.setValue(all.stream().filter(c -> c.field() == column.fieldProperty().get()).findFirst()
                .orElse(LEAVE_OUT));
        chooser.valueProperty().addListener((observable, was, now) ->
                column.fieldProperty().set(now == null ? null : now.field()));
        chooser.setAccessibleText("What the column " + column.name() + " holds");
        chooser.getStyleClass().add("kith-mapping-choice");
        chooser.setMaxWidth(Double.MAX_VALUE);
        return chooser;
    }

    /** The field as the person editor names it. */
    private static String words(CsvField field) {
        return switch (field) {
            case NAME -> "Name";
            case FIRST_NAME -> "First name";
            case MIDDLE_NAME -> "Middle name";
            case LAST_NAME -> "Last name";
            case NICKNAME -> "Nickname";
            case EMAIL -> "Email";
            case PHONE -> "Phone";
            case ORGANIZATION -> "Organisation";
            case TITLE -> "Title";
            case BIRTHDAY -> "Birthday";
            case ANNIVERSARY -> "Anniversary";
            case MET_ON -> "Met on";
            case HOW_WE_MET -> "How we met";
            case NOTES -> "Notes";
            case MATTERS_TO_THEM -> "What matters to them";
            case TAGS -> "Tags";
            default -> field.code();
        };
    }
}
