package app.kith.ui.person;

import app.kith.domain.Person;
import app.kith.domain.Photo;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The top of a person's page: picture, name, work, tags and the details they have. */
final class PersonHeader {

    private static final double AVATAR = 64;

    private final PersonFacts facts;
    private final StackPane avatar = new StackPane();
    private final Label name = new Label();
    private final Label nickname = new Label();
    private final Label work = new Label();
    private final Label glance = new Label();
    private final FlowPane chips = new FlowPane();
    private final GridPane details = new GridPane();
    private final VBox about = new VBox();
    private final VBox box;

    PersonHeader(Locale locale) {
        this.facts = new PersonFacts(locale);
        avatar.getStyleClass().add("kith-avatar");
        avatar.setMinSize(AVATAR, AVATAR);
        avatar.setMaxSize(AVATAR, AVATAR);
        name.setId("person-name");
        name.getStyleClass().add("kith-person-name");
        name.setWrapText(true);
        nickname.setId("person-nickname");
        nickname.getStyleClass().add("kith-person-nickname");
        HBox names = new HBox(8, name, nickname);
        names.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        work.setId("person-work");
        work.getStyleClass().add("kith-person-work");
        glance.setId("person-glance");
        glance.getStyleClass().addAll("kith-muted", "kith-small");
        chips.getStyleClass().add("kith-chips");
        VBox text = new VBox(4, names, work, glance, chips);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox top = new HBox(16, avatar, text);
        top.getStyleClass().add("kith-person-top");

        details.getStyleClass().add("kith-person-details");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(96);
        details.getColumnConstraints().add(labels);
        about.getStyleClass().add("kith-person-about");
        box = new VBox(top, details, about);
        box.getStyleClass().add("kith-person-header");
    }

    Node node() {
        return box;
    }

    /** Puts the page's actions right under the name, before the details. */
    void actions(Node actions) {
        box.getChildren().add(1, actions);
    }

    void show(Person person, String glanceLine, LocalDate today) {
        name.setText(person.name());
        shown(nickname, person.nickname() == null ? null : "“" + person.nickname() + "”");
        shown(work, PersonFacts.work(person));
        shown(glance, glanceLine == null || glanceLine.isEmpty() ? null : glanceLine);
        avatar(person);
        chips.getChildren().clear();
        if (person.archived()) {
            chips.getChildren().add(chip("Archived", "archived"));
        }
        if (person.kin()) {
            chips.getChildren().add(chip("Family", "kin"));
        }
        app.kith.domain.Tags.shownBeside(person.kin(), person.tags())
                .forEach(tag -> chips.getChildren().add(chip(tag, "tag")));
        chips.setVisible(!chips.getChildren().isEmpty());
        chips.setManaged(chips.isVisible());
        details(person, today);
        about(person);
    }

    void glance(String line) {
        shown(glance, line == null || line.isEmpty() ? null : line);
    }

    private void details(Person person, LocalDate today) {
        details.getChildren().clear();
        int row = 0;
        for (PersonFacts.Fact fact : facts.facts(person, today)) {
            Label label = new Label(fact.label());
            label.getStyleClass().addAll("kith-muted", "kith-fact-label");
            Label value = new Label(fact.text());
            value.getStyleClass().add("kith-fact");
            value.setWrapText(true);
            details.addRow(row++, label, value);
        }
        details.setVisible(row > 0);
        details.setManaged(row > 0);
    }

    private void about(Person person) {
        about.getChildren().clear();
        paragraph("What matters to them", person.mattersToThem());
        paragraph("Notes", person.notes());
        about.setVisible(!about.getChildren().isEmpty());
        about.setManaged(about.isVisible());
    }

    private void paragraph(String title, String text) {
        if (text == null) {
            return;
        }
        Label caption = new Label(title.toUpperCase(Locale.ROOT));
        caption.getStyleClass().add("kith-card-title");
        Label body = new Label(text);
        body.getStyleClass().add("kith-person-text");
        body.setWrapText(true);
        about.getChildren().add(new VBox(4, caption, body));
    }

    private void avatar(Person person) {
        Photo photo = person.photo();
        Image image = photo == null ? null
                : new Image(new ByteArrayInputStream(photo.bytes()), AVATAR * 2, AVATAR * 2, true, true);
        if (image != null && !image.isError()) {
            ImageView view = new ImageView(image);
            view.setFitWidth(AVATAR);
            view.setFitHeight(AVATAR);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setClip(new Circle(AVATAR / 2, AVATAR / 2, AVATAR / 2));
            avatar.getChildren().setAll(view);
            avatar.getStyleClass().remove("initials");
        } else {
            Label initials = new Label(initials(person.name()));
            initials.getStyleClass().add("kith-avatar-initials");
            avatar.getChildren().setAll(initials);
            if (!avatar.getStyleClass().contains("initials")) {
                avatar.getStyleClass().add("initials");
            }
        }
    }

    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder letters = new StringBuilder();
        letters.appendCodePoint(words[0].codePointAt(0));
        if (words.length > 1) {
            letters.appendCodePoint(words[words.length - 1].codePointAt(0));
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    private static Label chip(String text, String kind) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("kith-header-tag", kind);
        return chip;
    }

    private static void shown(Label label, String text) {
        label.setText(text);
        label.setVisible(text != null);
        label.setManaged(text != null);
    }
}
