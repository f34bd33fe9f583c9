package app.kith.ui.settings;

import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.store.SettingsRepository;
import app.kith.ui.common.Progress;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.shell.ThemeChoice;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings: the insight half-life (applied by recomputing the scores' digests in the background), the review's
 * size and how often one is due, the theme, and where the journal lives.
 */
public final class SettingsViewModel {

    public static final int MIN_DAYS = SettingsRepository.MIN_HALF_LIFE_DAYS;
    public static final int MAX_DAYS = SettingsRepository.MAX_HALF_LIFE_DAYS;

    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);
    private static final int YEAR = 365;

    private final TaskRunner tasks;
    private final ObservableValue<Journal> journal;
    private final ObjectProperty<ThemeChoice> theme;
    private final Runnable recomputed;

    private final IntegerProperty halfLife = new SimpleIntegerProperty(SettingsRepository.DEFAULT_HALF_LIFE_DAYS);
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper(SettingsRepository.DEFAULT_HALF_LIFE_DAYS);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final BooleanBinding canApply;
    private final StringBinding meaning;
    private final NumberSetting reviewSize;
    private final NumberSetting reviewEvery;

    /**
     * @param journal the open journal (null while none is)
     * @param folder the folder of the journal shown
     * @param theme the theme the window uses; setting it switches the theme
     * @param recomputed runs on the FX thread once new scores are in: tell the screens
     */
    public SettingsViewModel(TaskRunner tasks, ObservableValue<Journal> journal, ObservableValue<Path> folder,
                             ObjectProperty<ThemeChoice> theme, Runnable recomputed) {
        this.tasks = tasks;
        this.journal = journal;
        this.theme = theme;
        this.recomputed = recomputed;
        this.folder.bind(Bindings.createStringBinding(() -> folder.getValue() == null ? "" : folder.getValue().toString(),
                folder));
        canApply = Bindings.createBooleanBinding(
                () -> journal.getValue() != null && !working.get() && halfLife.get() != saved.get(),
                journal, working, halfLife, saved);
        meaning = Bindings.createStringBinding(() -> meaning(halfLife.get()), halfLife);
        reviewSize = new NumberSetting(tasks, journal, SettingsRepository.MIN_REVIEW_SIZE,
                SettingsRepository.MAX_REVIEW_SIZE, "A review takes %d to %d people.",
                open -> open.settings().reviewSize(), (open, size) -> open.settings().setReviewSize(size),
                size -> size == 1 ? "Each review goes through the most pressing person."
                        : "Each review goes through the " + size + " most pressing people.");
        reviewEvery = new NumberSetting(tasks, journal, SettingsRepository.MIN_REVIEW_EVERY_DAYS,
                SettingsRepository.MAX_REVIEW_EVERY_DAYS, "A review is due every %d to %d days.",
                open -> open.settings().reviewEveryDays(), (open, days) -> open.settings().setReviewEveryDays(days),
                days -> "Today says a review is due " + (days == 1 ? "a day" : days + " days")
                        + " after the last one.");
        halfLife.addListener((observable, was, now) -> {
            int bounded = Math.max(MIN_DAYS, Math.min(MAX_DAYS, now.intValue()));
            if (bounded != now.intValue()) {
                halfLife.set(bounded);
            } else if (!working.get()) {
                // The note was about the half-life applied before; a new one is being chosen.
                note.set("");
                problem.set("");
            }
        });
        journal.addListener((observable, was, now) -> load(now));
        load(journal.getValue());
    }

    /**
     * Applies the half-life: saves it, then scores everyone again with it (in the background, with
     * progress). The stored timelines do not depend on the half-life, only the scores read from them,
     * so nothing but the scores is recomputed: about a second on a journal of 10,000 people.
     */
    public void apply() {
        Journal open = journal.getValue();
        if (!canApply.get()) {
            return;
        }
        int days = halfLife.get();
        working.set(true);
        note.set("");
        problem.set("");
        progress.set(new Progress(0, 0, "Recomputing the scores with a half-life of " + days + " days…"));
        tasks.write(context -> {
            open.settings().setHalfLifeDays(days);
            return open.scores().today().people().size();
        }).onProgress(progress::set)
                .onSuccess(people -> {
                    finish();
                    saved.set(days);
                    note.set("Done: the scores of " + number(people) + (people == 1 ? " person" : " people")
                            + " now use a half-life of " + days + " days.");
                    recomputed.run();
                })
                .onError(JournalException.class, error -> failed(open, error.getMessage()))
                .onError(error -> {
                    LOG.error("Applying the half-life failed", error);
                    failed(open, "Kith could not recompute the scores; try Apply again.");
                })
                .start();
    }

    /** How many people a review takes. */
    public NumberSetting reviewSize() {
        return reviewSize;
    }

    /** Every how many days a review is due. */
    public NumberSetting reviewEvery() {
        return reviewEvery;
    }

    /** Puts the half-life back to the one in force. */
    public void revert() {
        halfLife.set(saved.get());
    }

    /** The half-life being edited, in days; kept between {@value #MIN_DAYS} and {@value #MAX_DAYS}. */
    public IntegerProperty halfLifeProperty() {
        return halfLife;
    }

    /** The half-life in force. */
    public ReadOnlyIntegerProperty savedHalfLifeProperty() {
        return saved.getReadOnlyProperty();
    }

    /** What the half-life being edited means, in a sentence. */
    public StringBinding meaningProperty() {
        return meaning;
    }

    /** True when the edited half-life differs from the one in force and nothing is running. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** How far the recompute has come, while working. */
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The sentence after a recompute. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Why the half-life could not be applied, in a sentence. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The journal's folder, as text to show and copy. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** "A conversation 90 days ago counts half as much as one today; one a year ago, about 6%." */
    static String meaning(int days) {
        if (days >= YEAR) {
            return "A conversation a year ago counts half as much as one today.";
        }
        String half = "A conversation " + days + " days ago counts half as much as one today";
        double yearAgo = Math.pow(2, -(double) YEAR / days) * 100;
        String share = yearAgo < 1 ? "less than 1%" : "about " + Math.round(yearAgo) + "%";
        return half + "; one a year ago, " + share + ".";
    }

    private void load(Journal open) {
        if (open == null) {
            return;
        }
        reviewSize.load(open);
        reviewEvery.load(open);
        tasks.read(context -> open.settings().halfLifeDays())
                .onSuccess(days -> {
                    if (journal.getValue() == open) {
                        saved.set(days);
                        halfLife.set(days);
                    }
                })
                .onError(error -> LOG.warn("Kith could not read the half-life", error))
                .start();
    }

    private void finish() {
        working.set(false);
        progress.set(null);
    }

    /** Reads the half-life in force again: it may have been saved before the recompute failed. */
    private void failed(Journal open, String sentence) {
        finish();
        problem.set(sentence);
        tasks.read(context -> open.settings().halfLifeDays())
                .onSuccess(saved::set)
                .onError(error -> LOG.warn("Kith could not read the half-life", error))
                .start();
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
