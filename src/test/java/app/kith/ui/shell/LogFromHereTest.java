package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;

/** Log conversation and Log favour (menu and shortcut) start with the person the screen in front shows. */
class LogFromHereTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final UUID YARA = UUID.randomUUID();
    private static final UUID SAM = UUID.randomUUID();

    @TempDir
    Path data;

    private final Screen today = new Screen("Today", Feather.SUN, () -> null);
    private final Screen people = new Screen("People", Feather.USERS, () -> null);
    private final Screen review = new Screen("Review", Feather.INBOX, () -> null);
    private final ObjectProperty<Screen> shown = new SimpleObjectProperty<>(today);
    /** Stands for the People list's selection (whose page is shown beside it). */
    private final ObjectProperty<UUID> selectedRow = new SimpleObjectProperty<>();
    /** Stands for the person the Review is at. */
    private final ObjectProperty<UUID> reviewedPerson = new SimpleObjectProperty<>();
    private final List<String> opened = new ArrayList<>();
    private ShellViewModel shell;
    private ShellActions actions;

    @BeforeEach
    void openJournal() {
        shell = new ShellViewModel(new SameThreadTaskRunner(), CLOCK, data, (journal, day, progress, stop) -> null);
        shell.openOwnJournal();
        PersonInView inView = new PersonInView(shown);
        inView.register(people, selectedRow::get);
        inView.register(review, reviewedPerson::get);
        actions = new ShellActions(() -> null, shell, null, null, () -> { }, new RecordingEntries(), null, null,
                added -> { }, null, null);
        actions.logFrom(inView::person);
    }

    @AfterEach
    void closeJournal() {
        shell.close();
    }

    @Test
    void fromTodayTheDialogStartsEmpty() {
        selectedRow.set(YARA);

        actions.logConversation();
        actions.logFavour();

        assertThat(opened).containsExactly("conversation with []", "favour with null");
    }

    @Test
    void fromAPersonsPageOrTheirRowInPeopleThePersonIsFilledIn() {
        shown.set(people);
        selectedRow.set(YARA);

        actions.logConversation();
        actions.logFavour();

        assertThat(opened).containsExactly("conversation with [" + YARA + "]", "favour with " + YARA);
    }

    @Test
    void peopleWithNoRowSelectedStartsEmpty() {
        shown.set(people);

        actions.logConversation();
        actions.logFavour();

        assertThat(opened).containsExactly("conversation with []", "favour with null");
    }

    @Test
    void fromTheReviewThePersonItIsAtIsFilledIn() {
        selectedRow.set(YARA);
        shown.set(review);
        reviewedPerson.set(SAM);

        actions.logConversation();
        actions.logFavour();

        assertThat(opened).containsExactly("conversation with [" + SAM + "]", "favour with " + SAM);
    }

    @Test
    void aReviewThatIsAtNoOneStartsEmpty() {
        shown.set(review);

        actions.logConversation();

        assertThat(opened).containsExactly("conversation with []");
    }

    private final class RecordingEntries implements EntryEditor {

        @Override
        public void logConversation(List<UUID> with, Consumer<UUID> closed) {
            opened.add("conversation with " + with);
        }

        @Override
        public void logFavour(UUID with) {
            opened.add("favour with " + with);
        }

        @Override
        public void editInteraction(UUID id) {
            opened.add("edit " + id);
        }

        @Override
        public void editFavour(UUID id) {
            opened.add("edit " + id);
        }
    }
}
