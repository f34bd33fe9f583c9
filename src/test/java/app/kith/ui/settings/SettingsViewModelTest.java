package app.kith.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.exchange.archive.ArchiveImport;
import app.kith.exchange.archive.TestArchives;
import app.kith.insight.PersonInsight;
import app.kith.store.Journal;
import app.kith.ui.common.Progress;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.shell.ThemeChoice;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final SimpleObjectProperty<Journal> journal = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final AtomicInteger changes = new AtomicInteger();
    private SettingsViewModel model;

    @BeforeEach
    void open() throws IOException {
        Journal opened = Journal.open(temp.resolve("journal"), CLOCK);
        new ArchiveImport(opened).importFile(TestArchives.conversations(temp.resolve("in.json"), 200));
        model = new SettingsViewModel(new SameThreadTaskRunner(), journal, folder, theme, changes::incrementAndGet);
        folder.set(temp.resolve("journal"));
        journal.set(opened);
    }

    @AfterEach
    void close() {
        journal.get().close();
    }

    @Test
    void theHalfLifeInForceIsShownWithWhatItMeans() {
        assertThat(model.halfLifeProperty().get()).isEqualTo(90);
        assertThat(model.meaningProperty().get())
                .isEqualTo("A conversation 90 days ago counts half as much as one today; one a year ago, about 6%.");
        assertThat(model.canApplyProperty().get()).isFalse();
        assertThat(model.folderProperty().get()).isEqualTo(temp.resolve("journal").toString());
    }

    @Test
    void theHalfLifeStaysBetweenThirtyAndThreeHundredSixtyFiveDays() {
        model.halfLifeProperty().set(7);
        assertThat(model.halfLifeProperty().get()).isEqualTo(30);
        model.halfLifeProperty().set(1_000);
        assertThat(model.halfLifeProperty().get()).isEqualTo(365);
        assertThat(model.meaningProperty().get()).isEqualTo("A conversation a year ago counts half as much as one today.");
        model.halfLifeProperty().set(30);
        assertThat(model.meaningProperty().get()).endsWith("one a year ago, less than 1%.");
    }

    @Test
    void applyingRecomputesTheScoresWithProgressAndSaysSo() {
        Map<UUID, Integer> before = depths();
        List<Progress> seen = new ArrayList<>();
        model.progressProperty().addListener((observable, was, now) -> {
            if (now != null) {
                seen.add(now);
            }
        });

        model.halfLifeProperty().set(30);
        assertThat(model.canApplyProperty().get()).isTrue();
        model.apply();

        assertThat(journal.get().settings().halfLifeDays()).isEqualTo(30);
        assertThat(model.savedHalfLifeProperty().get()).isEqualTo(30);
        assertThat(model.noteProperty().get())
                .isEqualTo("Done: the scores of 2 people now use a half-life of 30 days.");
        assertThat(seen).extracting(Progress::message)
                .contains("Recomputing the scores with a half-life of 30 days…");
        assertThat(model.workingProperty().get()).isFalse();
        assertThat(model.canApplyProperty().get()).isFalse();
        assertThat(changes).hasValue(1);
        assertThat(depths()).isNotEqualTo(before);
    }

    @Test
    void revertPutsBackTheHalfLifeInForce() {
        model.halfLifeProperty().set(200);
        model.revert();

        assertThat(model.halfLifeProperty().get()).isEqualTo(90);
        assertThat(model.canApplyProperty().get()).isFalse();
        model.apply();
        assertThat(changes).hasValue(0);
    }

    @Test
    void theThemeChoiceIsTheWindowsOwn() {
        model.themeProperty().set(ThemeChoice.DARK);

        assertThat(theme.get()).isEqualTo(ThemeChoice.DARK);
    }

    private Map<UUID, Integer> depths() {
        return journal.get().scores().today().people().stream()
                .collect(Collectors.toMap(PersonInsight::id, PersonInsight::depth));
    }

    @Test
    void theReviewsSizeAndRhythmAreShownAndSavedWhenGood() {
        NumberSetting size = model.reviewSize();
        NumberSetting every = model.reviewEvery();
        assertThat(size.textProperty().get()).isEqualTo("10");
        assertThat(size.meaningProperty().get()).isEqualTo("Each review goes through the 10 most pressing people.");
        assertThat(every.textProperty().get()).isEqualTo("7");
        assertThat(every.meaningProperty().get()).isEqualTo("Today says a review is due 7 days after the last one.");

        size.textProperty().set("25");
        size.commit();
        every.textProperty().set("14");
        every.commit();

        assertThat(journal.get().settings().reviewSize()).isEqualTo(25);
        assertThat(journal.get().settings().reviewEveryDays()).isEqualTo(14);
        assertThat(size.errorProperty().get()).isEmpty();
    }

    @Test
    void aWrongReviewSettingIsSaidBesideTheFieldAndNeverSaved() {
        NumberSetting size = model.reviewSize();
        NumberSetting every = model.reviewEvery();

        size.textProperty().set("0");
        assertThat(size.errorProperty().get()).isEqualTo("A review takes 1 to 100 people.");
        assertThat(size.meaningProperty().get()).isEmpty();
        size.commit();
        size.textProperty().set("a dozen");
        size.commit();
        every.textProperty().set("400");
        every.commit();

        assertThat(every.errorProperty().get()).isEqualTo("A review is due every 1 to 365 days.");
        assertThat(journal.get().settings().reviewSize()).isEqualTo(10);
        assertThat(journal.get().settings().reviewEveryDays()).isEqualTo(7);
        size.textProperty().set(" 12 ");
        assertThat(size.errorProperty().get()).isEmpty();
    }
}
