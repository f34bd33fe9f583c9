package app.kith.ui.people;

import app.kith.insight.Balance;
import app.kith.insight.Kind;
import app.kith.insight.Status;
import app.kith.ui.common.Icons;
import app.kith.ui.common.RelativeDays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One person in the People list, on two lines: a dot (colour by kind, faded by status), the name
 * and organisation, Depth over where it is heading ("↓ 22" since half a year ago), kind and
 * balance, and when they last talked over their status. The nodes are made once per cell and only
 * their texts change.
 */
final class PersonCell extends ListCell<PersonRow> {

    private static final PseudoClass CHAT = PseudoClass.getPseudoClass("chat");
    private static final PseudoClass CHIT = PseudoClass.getPseudoClass("chit");
    private static final PseudoClass FADING = PseudoClass.getPseudoClass("fading");
    private static final PseudoClass DORMANT = PseudoClass.getPseudoClass("dormant");
    private static final PseudoClass YOU_GIVE = PseudoClass.getPseudoClass("you-give");
    private static final PseudoClass YOU_OWE = PseudoClass.getPseudoClass("you-owe");
    private static final PseudoClass FALLING = PseudoClass.getPseudoClass("falling");
    private static final PseudoClass RISING = PseudoClass.getPseudoClass("rising");

    private final Clock clock;
    private final RelativeDays days;
    private final Region dot = new Region();
    private final Label name = new Label();
    private final FontIcon due = Icons.icon(Feather.BELL);
    private final Label detail = new Label();
    private final Text depth = new Text();
    private final Text direction = new Text();
    private final Tooltip directionTip = new Tooltip();
    private final VBox depthBox;
    private final Text kind = new Text();
    private final Text balance = new Text();
    private final Text last = new Text();
    private final Text status = new Text();
    private final HBox body;

    PersonCell(Clock clock, Locale locale) {
        this.clock = clock;
        this.days = new RelativeDays(locale);
        // The list decides the width: a row never asks for more, so no sideways scroll bar appears.
        setPrefWidth(0);
        dot.getStyleClass().add("kith-person-dot");
        name.getStyleClass().add("kith-row-name");
        name.setGraphic(due);
        name.setContentDisplay(ContentDisplay.RIGHT);
        name.setMinWidth(0);
        due.getStyleClass().add("kith-row-due");
        detail.getStyleClass().add("kith-row-detail");
        detail.setMinWidth(0);
        VBox names = new VBox(2, name, detail);
        names.setMinWidth(0);
        HBox.setHgrow(names, Priority.ALWAYS);

        depth.getStyleClass().add("kith-row-depth");
        direction.getStyleClass().add("kith-row-direction");
        depthBox = column(Pos.CENTER_RIGHT, 40, depth, direction);
        kind.getStyleClass().add("kith-row-kind");
        balance.getStyleClass().add("kith-row-balance");
        VBox labels = column(Pos.CENTER_LEFT, 64, kind, balance);
        last.getStyleClass().add("kith-row-last");
        status.getStyleClass().add("kith-row-status");
        VBox time = column(Pos.CENTER_RIGHT, 92, last, status);

        body = new HBox(dot, names, depthBox, labels, time);
        body.getStyleClass().add("kith-person-row");
        body.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        getStyleClass().add("kith-person-cell");
    }

    private static VBox column(Pos alignment, double width, Node... parts) {
        VBox column = new VBox(2, parts);
        column.setAlignment(alignment);
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    @Override
    protected void updateItem(PersonRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        name.setText(row.nickname() == null ? row.name() : row.name() + " (" + row.nickname() + ")");
        due.setVisible(row.followUpDue());
        due.setManaged(row.followUpDue());
        detail.setText(detail(row));
        depth.setText(Integer.toString(row.depth()));
        // Only a change is drawn; "no change" is left to the tooltip and the spoken text.
        direction.setText(row.depthChange() == 0 ? "" : row.direction().arrow());
        tellDirection(row);
        kind.setText(row.kind() == null ? "—" : row.kind().label());
        balance.setText(row.balance() == Balance.EVEN ? "Even" : row.balance().label());
        last.setText(row.lastTalked() == null ? "Never" : days.standalone(row.lastTalked(), LocalDate.now(clock)));
        status.setText(row.archived() ? "Archived" : row.status().label());
        styleStates(row);
        setText(name.getText());
        setAccessibleText(spoken(row));
        setGraphic(body);
    }

    /** "↓ 22 since June" on hovering Depth; nothing for someone who had no Depth then and has none now. */
    private void tellDirection(PersonRow row) {
        boolean worthSaying = row.direction() != null && row.direction().worthSaying();
        if (worthSaying) {
            directionTip.setText(row.direction().text());
            Tooltip.install(depthBox, directionTip);
        } else {
            Tooltip.uninstall(depthBox, directionTip);
        }
    }

    private static String detail(PersonRow row) {
        List<String> parts = new ArrayList<>(3);
        if (row.organization() != null) {
            parts.add(row.organization());
        }
        if (row.ring() != null) {
            parts.add("Ring " + row.ring().size());
        }
        if (row.kin()) {
            parts.add("Family");
        }
        if (parts.isEmpty() && !row.tags().isEmpty()) {
            parts.add(String.join(", ", row.tags()));
        }
        return String.join(" · ", parts);
    }

    /** Pseudo-classes, not style classes: changing them re-matches no selectors, so scrolling stays cheap. */
    private void styleStates(PersonRow row) {
        boolean chat = row.kind() == Kind.CHAT;
        boolean chit = row.kind() == Kind.CHIT;
        boolean fading = row.status() == Status.FADING;
        boolean dormant = row.status() == Status.DORMANT;
        for (Node node : List.of(dot, kind)) {
            node.pseudoClassStateChanged(CHAT, chat);
            node.pseudoClassStateChanged(CHIT, chit);
        }
        for (Node node : List.of(dot, status)) {
            node.pseudoClassStateChanged(FADING, fading);
            node.pseudoClassStateChanged(DORMANT, dormant);
        }
        direction.pseudoClassStateChanged(FALLING, row.direction() != null && row.direction().falling());
        direction.pseudoClassStateChanged(RISING, row.direction() != null && row.direction().rising());
        balance.pseudoClassStateChanged(YOU_GIVE, row.balance() == Balance.YOU_GIVE);
        balance.pseudoClassStateChanged(YOU_OWE, row.balance() == Balance.YOU_OWE);
    }

    private String spoken(PersonRow row) {
        boolean moved = row.direction() != null && row.direction().worthSaying();
        String depthWords = "depth " + row.depth() + (moved ? ", " + row.direction().movement() : "");
        return String.join(", ", name.getText(), detail.getText(), depthWords,
                kind.getText().equals("—") ? "no conversations" : kind.getText(), balance.getText(),
                status.getText(), "last talked " + (row.lastTalked() == null ? "never"
                        : days.of(row.lastTalked(), LocalDate.now(clock))))
                + (row.followUpDue() ? ", follow-up due" : "");
    }
}
