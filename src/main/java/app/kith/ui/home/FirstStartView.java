package app.kith.ui.home;

import app.kith.ui.common.AppIcons;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** What a new journal shows: what Kith is, and the three ways to begin. */
public final class FirstStartView {

    private final ScrollPane scroll;

    /** What the first-start screen's buttons and link do. */
    public record Choices(Runnable addPerson, Runnable importContacts, Runnable exploreSample,
                          Runnable howKithReads, Runnable setPassphrase) {
    }

    FirstStartView(AppIcons icons, Choices choices, ObservableValue<String> folderLine) {
        ImageView logo = new ImageView();
        logo.imageProperty().bind(icons.large());
        logo.setFitWidth(56);
        logo.setFitHeight(56);
        logo.setSmooth(true);
        Label title = new Label("Welcome to Kith");
        title.getStyleClass().add("kith-page-title");
        Label lead = new Label("Kith is a private journal of the conversations you have and the favours that "
                + "pass between you and the people you know. It shows you which relationships carry substance, "
                + "where give and take are out of balance, and who you have not talked to for too long — and "
                + "everything stays on this computer.");
        lead.getStyleClass().add("kith-lead");
        lead.setWrapText(true);

        Button add = ActionButton.create(Feather.USER_PLUS, "Add a person",
                "Start with someone you talked to recently.",
                KeyCombination.keyCombination("Shortcut+N").getDisplayText(), false);
        add.setId("first-start-add");
        add.setOnAction(event -> choices.addPerson().run());
        Button importButton = ActionButton.create(Feather.DOWNLOAD, "Import contacts",
                "vCard files or CSV exports (Google, Outlook, LinkedIn, Thunderbird).", null, false);
        importButton.setId("first-start-import");
        importButton.setOnAction(event -> choices.importContacts().run());
        Button explore = ActionButton.create(Feather.COMPASS, "Explore a sample journal",
                "Look around in a made-up journal, kept apart from yours.", null, false);
        explore.setId("first-start-explore");
        explore.setOnAction(event -> choices.exploreSample().run());
        VBox actions = new VBox(add, importButton, explore);
        actions.getStyleClass().add("kith-actions");

        // The passphrase is offered here and set in Settings, whose form says first what forgetting it means.
        Hyperlink privacy = new Hyperlink("Lock your journal with a passphrase: its file is then encrypted");
        privacy.setId("first-start-passphrase");
        privacy.setGraphic(app.kith.ui.common.Icons.icon(Feather.LOCK));
        privacy.setWrapText(true);
        privacy.setOnAction(event -> choices.setPassphrase().run());

        Hyperlink howKithReads = new Hyperlink("How Kith reads relationships");
        howKithReads.setId("first-start-how");
        howKithReads.setGraphic(app.kith.ui.common.Icons.icon(Feather.HELP_CIRCLE));
        howKithReads.setOnAction(event -> choices.howKithReads().run());

        Label folder = new Label();
        folder.getStyleClass().addAll("kith-subtle", "kith-small");
        folder.setWrapText(true);
        folder.textProperty().bind(folderLine);

        VBox column = new VBox(logo, title, lead, actions, howKithReads, privacy, folder);
        column.getStyleClass().add("kith-page-column");
        VBox page = new VBox(column);
        page.setId("first-start");
        page.getStyleClass().add("kith-page");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
    }

    Node node() {
        return scroll;
    }
}
