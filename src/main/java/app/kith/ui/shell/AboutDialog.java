package app.kith.ui.shell;

import app.kith.ui.common.AppIcons;
import app.kith.ui.common.Dialogs;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About Kith: the version and where the journal lives (as text that can be copied). */
final class AboutDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    /**
     * @param sampleFolder the sample journal's folder while it is open, else null
     */
    AboutDialog(Window owner, AppIcons icons, String version, Path dataFolder, Path sampleFolder) {
        dialog.setTitle("About Kith");
        Label name = new Label("Kith");
        name.getStyleClass().add("kith-page-title");
        Label versionLine = new Label(AppVersion.DEVELOPMENT.equals(version) ? "Development build" : "Version " + version);
        versionLine.setId("about-version");
        versionLine.getStyleClass().add("kith-muted");
        Label tagline = new Label("A private, offline relationship journal: less chit, more chat.");
        tagline.setWrapText(true);
        VBox text = new VBox(4, name, versionLine, tagline);
        HBox header = new HBox(16, logo(icons), text);

        VBox content = new VBox(header, folderLine("Data folder", dataFolder, "about-data-folder"));
        if (sampleFolder != null) {
            content.getChildren().add(folderLine("Sample journal (open now)", sampleFolder, "about-sample-folder"));
        }
        content.getStyleClass().add("kith-dialog-content");
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.dress(dialog, owner);
    }

    void show() {
        dialog.show();
    }

    private static ImageView logo(AppIcons icons) {
        ImageView view = new ImageView();
        view.imageProperty().bind(icons.large());
        view.setFitWidth(64);
        view.setFitHeight(64);
        view.setSmooth(true);
        return view;
    }

    /** A label over a read-only field: the path can be selected and copied, not edited. */
    private static VBox folderLine(String caption, Path folder, String id) {
        Label label = new Label(caption);
        label.getStyleClass().add("kith-card-title");
        TextField path = new TextField(folder.toString());
        path.setId(id);
        path.setEditable(false);
        path.getStyleClass().add("kith-selectable");
        path.setAccessibleText(caption + ": " + folder);
        label.setLabelFor(path);
        VBox line = new VBox(4, label, path);
        return line;
    }
}
