package app.kith.ui.person;

import app.kith.ui.common.InsightSnapshot;
import app.kith.store.BusiestPerson;
import app.kith.store.Journal;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.FxTaskRunner;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.shell.ThemeSwitcher;
import app.kith.domain.FollowUp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Not a test: the three sections of a person's page stacked in a window, to look at them before
 * the page exists. {@code java -cp target/test-classes:target/classes:target/lib/* app.kith.ui.person.SectionsPreview
 * DIR [dark]} on a copy of a sample journal; shows the person with the most conversations.
 */
public final class SectionsPreview {

    private SectionsPreview() {
    }

    /** Launched through a class that is no Application, so that JavaFX may sit on the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {

    private Journal journal;
    private FxTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean dark = args.contains("dark");
        Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(dark));
        Clock clock = Clock.systemDefaultZone();
        journal = Journal.open(Path.of(args.get(0)), clock);
        UUID person = BusiestPerson.of(journal);
        if (args.contains("demo") && journal.followUps().forPerson(person).isEmpty()) {
            addFollowUps(person, LocalDate.now(clock));
        }
        tasks = new FxTaskRunner();
        SimpleObjectProperty<Journal> open = new SimpleObjectProperty<>(journal);
        JournalChanges changes = new JournalChanges();
        EntryEditor editor = new PrintingEditor();
        List<PersonSection> sections = List.of(
                new InsightSection(new InsightSnapshot(tasks, open, changes, clock)),
                new FollowUpsSection(tasks, open, changes, clock, new OfferedUndos((message, undo) -> System.out.println(message))),
                new TimelineSection(tasks, open, changes, clock, editor));
        VBox page = new VBox();
        page.getStyleClass().add("kith-screen");
        sections.forEach(section -> {
            page.getChildren().add(section.node());
            section.show(person);
        });
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        // The page that will host the sections paints the background; the preview stands in for it.
        page.setStyle("-fx-background-color: -color-bg-subtle;");
        Scene scene = new Scene(scroll, 900, 1000);
        scene.getStylesheets().add(Objects.requireNonNull(
                SectionsPreview.class.getResource("/app/kith/ui/kith.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Sections of " + journal.people().get(person).orElseThrow().name());
        stage.show();
    }

    /** A few follow-ups in every state, so that the preview shows how each looks (on a copy of a journal). */
    private void addFollowUps(UUID person, LocalDate today) {
        journal.followUps().add(new FollowUp(UUID.randomUUID(), person, today.minusDays(3), "Return the book on Lisbon", false));
        journal.followUps().add(new FollowUp(UUID.randomUUID(), person, today, "Ask how the interview went", false));
        journal.followUps().add(new FollowUp(UUID.randomUUID(), person, today.plusDays(12), "Book a table for her birthday", false));
        journal.followUps().add(new FollowUp(UUID.randomUUID(), person, today.minusDays(20), "Send the photos from the trip", true));
    }

    @Override
    public void stop() {
        tasks.shutdown();
        journal.close();
    }

    private static final class PrintingEditor implements EntryEditor {

        @Override
        public void logConversation(List<UUID> with, java.util.function.Consumer<UUID> closed) {
            System.out.println("log a conversation with " + with);
        }

        @Override
        public void logFavour(UUID with) {
            System.out.println("log a favour with " + with);
        }

        @Override
        public void editInteraction(UUID id) {
            System.out.println("edit conversation " + id);
        }

        @Override
        public void editFavour(UUID id) {
            System.out.println("edit favour " + id);
        }
    }
}
}
