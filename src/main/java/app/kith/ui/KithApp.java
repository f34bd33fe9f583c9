package app.kith.ui;

import app.kith.sample.SampleGenerator;
import app.kith.sample.SampleSpec;
import app.kith.store.DataFolder;
import app.kith.ui.common.AppIcons;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.FxTaskRunner;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.ReadAhead;
import app.kith.ui.exchange.ArchiveActions;
import app.kith.ui.exchange.ArchiveChooser;
import app.kith.ui.exchange.CalendarActions;
import app.kith.ui.exchange.FilePicker;
import app.kith.ui.help.HowKithReadsDialog;
import app.kith.ui.help.HowKithReadsViewModel;
import app.kith.ui.home.FirstStartView;
import app.kith.ui.home.HomeView;
import app.kith.ui.settings.BackupsSection;
import app.kith.ui.settings.BackupsViewModel;
import app.kith.ui.settings.PassphraseSection;
import app.kith.ui.settings.PassphraseViewModel;
import app.kith.ui.settings.SettingsScreen;
import app.kith.ui.settings.SettingsViewModel;
import app.kith.ui.home.TodayViewModel;
import app.kith.ui.log.LogDialogs;
import app.kith.ui.map.MapScreen;
import app.kith.ui.map.MapViewModel;
import app.kith.ui.pictures.AsOfViewModel;
import app.kith.ui.pictures.Picture;
import app.kith.ui.pictures.PictureExport;
import app.kith.ui.rings.RingsScreen;
import app.kith.ui.rings.RingsViewModel;
import app.kith.ui.person.PersonEditors;
import app.kith.ui.people.FindDuplicates;
import app.kith.ui.people.PeopleListViewModel;
import app.kith.ui.people.PeopleNavigation;
import app.kith.ui.people.PeopleScreen;
import app.kith.ui.people.PersonRow;
import app.kith.ui.review.ReviewScreen;
import app.kith.ui.review.ReviewViewModel;
import app.kith.ui.person.FollowUpsSection;
import app.kith.ui.person.InsightSection;
import app.kith.ui.person.PersonPage;
import app.kith.ui.person.PersonPageViewModel;
import app.kith.ui.person.StorySection;
import app.kith.ui.person.TimelineSection;
import app.kith.ui.shell.MainWindow;
import app.kith.ui.shell.PersonInView;
import app.kith.ui.shell.PreferencesFile;
import app.kith.ui.shell.SampleMaker;
import app.kith.ui.shell.Screen;
import app.kith.ui.shell.JournalUpkeep;
import app.kith.ui.shell.ShellActions;
import app.kith.ui.shell.ShellViewModel;
import app.kith.ui.shell.SystemColorScheme;
import app.kith.ui.shell.ThemeChoice;
import app.kith.ui.shell.ThemeSwitcher;
import app.kith.ui.shell.UndoViewModel;
import app.kith.ui.shell.WindowGeometry;
import app.kith.ui.shell.WindowPreferences;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's composition root. Start-up shows the window at once and opens the journal in the
 * background; nothing touches the journal or other files on the FX thread: the window's small
 * preferences file is read in {@link #init()}, on the launcher thread, so that the first frame
 * already has the right theme and place, and the icons are read in the background. On exit the
 * journal is closed (forced to disk) on the writer thread, and {@link #stop()} waits for it.
 */
public final class KithApp extends Application {

    /** The sample journal "Explore a sample journal" writes: about Dunbar's 150, five years of them. */
    public static final SampleSpec EXPLORE_SPEC = new SampleSpec(150, 6_000, 600, 5, 42);

    private static final String STYLESHEET = "/app/kith/ui/kith.css";
    /** How long quitting waits for the journal to close before leaving it to the closing thread. */
    private static final long CLOSE_PATIENCE_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(KithApp.class);

    private final Clock clock;
    private final Path dataFolderOverride;
    private final SampleSpec sampleSpec;
    private final FilePicker files;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private Path dataFolder;
    private PreferencesFile preferencesFile;
    private WindowPreferences preferences;
    private final AppIcons icons = new AppIcons();
    /** What the user can undo right now (a deletion), shown at the bottom of the window. */
    private final UndoViewModel undo = new UndoViewModel();
    /** Bumped after every write, so that the screens read again. */
    private final JournalChanges changes = new JournalChanges();
    /** The one reading of the journal's insight that every screen shows, read again after each write. */
    private InsightSnapshot insight;
    /** The first screen's reads, begun as soon as the journal is open, before the window asks for them. */
    private ReadAhead readAhead;

    private FxTaskRunner tasks;
    /** Opens the Log dialog: for the menus and for any screen that logs or edits an entry. */
    private EntryEditor entries;
    /** Adds and edits people (Shortcut+N, and the People screen's Edit). */
    private PersonEditors personEditor;
    private ShellViewModel shell;
    /** Backups, passphrase changes and restores: what looks after the own journal as a whole. */
    private JournalUpkeep upkeep;
    private ThemeSwitcher theme;
    private MainWindow window;
    private Stage stage;
    private WindowGeometry geometry;
    private PeopleListViewModel peopleList;
    private PeopleNavigation navigator;
    /** Settings, where the first-start screen's "Set a passphrase" leads. */
    private Screen settingsScreen;
    private SettingsScreen settingsPage;
    private Node passphraseSection;
    /** Brings the Review screen forward and starts a session (for Today's "Start review"). */
    private Runnable startReview;
    /** Which day the Map and the Rings show: today, or a month end of the last two years. */
    private AsOfViewModel asOf;
    /** The pictures File › Export picture writes, by the screen that shows them (once built). */
    private final Map<Screen, Picture> pictures = new HashMap<>();
    private final BooleanProperty pictureShown = new SimpleBooleanProperty();
    private Screen mapScreen;
    private Screen ringsScreen;
    /** File › Import and Export, and a person's Export as vCard. */
    private ArchiveActions archives;

    /** What {@code Application.launch} uses: the system clock, the data folder from the parameters. */
    public KithApp() {
        this(Clock.systemDefaultZone(), null, EXPLORE_SPEC);
    }

    /**
     * @param dataFolder the data folder, or null to take it from {@code --data-dir} or the platform
     * @param sampleSpec the size of the journal "Explore a sample journal" generates
     */
    public KithApp(Clock clock, Path dataFolder, SampleSpec sampleSpec) {
        this(clock, dataFolder, sampleSpec, new ArchiveChooser());
    }

    /** @param files asks for the archives to import and export (a test answers in the person's place) */
    public KithApp(Clock clock, Path dataFolder, SampleSpec sampleSpec, FilePicker files) {
        this.files = Objects.requireNonNull(files);
        this.clock = Objects.requireNonNull(clock);
        this.dataFolderOverride = dataFolder;
        this.sampleSpec = Objects.requireNonNull(sampleSpec);
    }

    /**
     * Runs on the launcher thread while the FX thread waits: reads the preferences, asks for the
     * theme's stylesheet (which the FX thread loads meanwhile) and builds the window's controls,
     * which JavaFX allows off its thread as long as no Scene or Stage is made.
     */
    @Override
    public void init() {
        Parameters parameters = getParameters();
        Path asked = dataFolderOverride != null ? dataFolderOverride
                : parameters == null ? null : LaunchOptions.dataFolder(parameters.getNamed(), parameters.getRaw());
        dataFolder = DataFolder.resolve(asked);
        preferencesFile = new PreferencesFile(dataFolder);
        preferences = preferencesFile.load();
        theme = new ThemeSwitcher(preferences.theme(), preferences.systemDark(), Application::setUserAgentStylesheet);
        tasks = new FxTaskRunner();
        icons.load(tasks);
        shell = new ShellViewModel(tasks, clock, dataFolder, SampleMaker.using(new SampleGenerator(), sampleSpec));
        readAhead = new ReadAhead(tasks, clock);
        shell.startOpeningOwnJournal(readAhead::begin);
        upkeep = new JournalUpkeep(shell, tasks);
        personEditor = new PersonEditors(() -> stage, tasks, () -> shell.journalProperty().get(), changes, clock);
        entries = new LogDialogs(() -> stage, tasks, shell.journalProperty(), changes, undo, clock);
        archives = new ArchiveActions(() -> stage, tasks, shell.journalProperty()::get, clock, files,
                changes::changed, undo);
        insight = new InsightSnapshot(tasks, shell.journalProperty(), changes, clock, readAhead);
        peopleList = new PeopleListViewModel(insight, Locale.getDefault(Locale.Category.FORMAT));
        CalendarActions calendar = new CalendarActions(() -> stage, tasks, shell.journalProperty()::get, clock, files);
        PictureExport pictureExport = new PictureExport(() -> stage, tasks, files,
                () -> pictures.get(window.selectedScreenProperty().get()), pictureShown, clock);
        FindDuplicates duplicates = new FindDuplicates(() -> stage, tasks, shell.journalProperty(), changes, undo);
        ShellActions actions = new ShellActions(() -> stage, shell, personEditor, icons, Platform::exit, entries, archives,
                calendar, added -> navigator.showPerson(added), pictureExport, duplicates);
        Screen people = new Screen("People", Feather.USERS, () -> people(actions));
        ReviewViewModel review = new ReviewViewModel(tasks, shell.journalProperty(), insight, changes, undo, entries,
                clock, Locale.getDefault(Locale.Category.FORMAT));
        Screen reviewScreen = new Screen("Review", Feather.INBOX, () -> new ReviewScreen(review).node());
        asOf = new AsOfViewModel(tasks, insight, Locale.getDefault(Locale.Category.FORMAT));
        Screen map = new Screen("Map", Feather.MAP, this::map);
        Screen rings = new Screen("Rings", Feather.TARGET, this::rings);
        settingsScreen = Screen.atFoot("Settings", Feather.SETTINGS,
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), this::settings);
        window = new MainWindow(shell, theme, actions, undo, List.of(new Screen("Today", Feather.SUN, () -> home(actions)),
                people,
                reviewScreen,
                map,
                rings,
                settingsScreen));
        PersonInView inView = new PersonInView(window.selectedScreenProperty());
        inView.register(people, peopleList.selectedProperty()::get);
        inView.register(reviewScreen, review::personShown);
        actions.logFrom(inView::person);
        actions.howKithReadsWith(() -> new HowKithReadsDialog(stage,
                new HowKithReadsViewModel(tasks, insight, clock, sampleSpec, shell.exploringSampleProperty())).show());
        navigator = new PeopleNavigation(() -> window.selectedScreenProperty().set(people), peopleList);
        startReview = () -> {
            window.selectedScreenProperty().set(reviewScreen);
            review.start();
        };
        pictureShown.bind(Bindings.createBooleanBinding(() -> window.selectedScreenProperty().get() == map
                || window.selectedScreenProperty().get() == rings, window.selectedScreenProperty()));
        mapScreen = map;
        ringsScreen = rings;
        // Today's figures follow every write: a dialog's, an import's.
        changes.revisionProperty().addListener((observable, was, now) -> {
            shell.refreshCounts();
            upkeep.journalWritten();
        });
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        geometry = new WindowGeometry(stage);
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setTitle("Kith");
        Bindings.bindContent(stage.getIcons(), icons.all());
        geometry.restore(preferences);
        stage.show();

        shell.openOwnJournal();
        theme.choiceProperty().addListener((observable, was, now) -> {
            savePreferences();
            if (now == ThemeChoice.SYSTEM) {
                followSystem();
            }
        });
        if (theme.choiceProperty().get() == ThemeChoice.SYSTEM) {
            followSystem();
        }
    }

    private static String stylesheet() {
        return Objects.requireNonNull(KithApp.class.getResource(STYLESHEET)).toExternalForm();
    }

    /** The Today screen, built once the journal is open, so that it costs the first frame nothing. */
    private Node home(ShellActions actions) {
        TodayViewModel today = new TodayViewModel(insight, tasks,
                new TodayViewModel.JournalFacts(shell.journalProperty(), shell.countsProperty(), shell.folderProperty(),
                        shell.exploringSampleProperty(), readAhead),
                new TodayViewModel.Links(navigator, entries, startReview), changes, undo, clock,
                Locale.getDefault(Locale.Category.FORMAT));
        return new HomeView(today, icons, new FirstStartView.Choices(actions::addPerson, actions::importContacts,
                actions::exploreSample, actions::showHowKithReads,
                this::showPassphrase)).node();
    }

    /** Settings, scrolled to the passphrase: where the first start's offer of one leads. */
    private void showPassphrase() {
        window.selectedScreenProperty().set(settingsScreen);
        Platform.runLater(() -> settingsPage.scrollTo(passphraseSection));
    }

    /** The Settings screen: the half-life, the theme, the passphrase, the backups, the data folder. */
    private Node settings() {
        SettingsViewModel model = new SettingsViewModel(tasks, shell.journalProperty(), shell.folderProperty(),
                theme.choiceProperty(), changes::changed);
        passphraseSection = new PassphraseSection(new PassphraseViewModel(shell, upkeep, clock)).node();
        Node backups = new BackupsSection(new BackupsViewModel(tasks, shell, upkeep, clock,
                Locale.getDefault(Locale.Category.FORMAT)), () -> files.backupToRestore(stage)).node();
        settingsPage = new SettingsScreen(model, List.of(passphraseSection, backups));
        return settingsPage.node();
    }

    /** The People screen: the list and, beside it, the selected person's page. */
    private Node people(ShellActions actions) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        PersonPageViewModel page = new PersonPageViewModel(tasks, shell.journalProperty(), changes, undo,
                entries, personEditor, archives, navigator::showPerson, id -> {
                    PersonRow row = peopleList.row(id);
                    return row == null ? null : row.glance();
                }, peopleList.rows());
        page.personIdProperty().bind(peopleList.selectedProperty());
        PersonPage pageView = new PersonPage(page, List.of(
                new InsightSection(insight),
                new StorySection(tasks, shell.journalProperty(), changes, clock, locale),
                new FollowUpsSection(tasks, shell.journalProperty(), changes, clock, undo),
                new TimelineSection(tasks, shell.journalProperty(), changes, clock, entries)), clock, locale);
        return new PeopleScreen(peopleList, pageView.node(), actions::addPerson, actions::findDuplicates, clock, locale)
                .node();
    }

    /** The Map: everyone by Depth and Investment, as of the day chosen. */
    private Node map() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        MapScreen screen = new MapScreen(new MapViewModel(tasks, asOf, navigator, locale), asOf, locale);
        pictures.put(mapScreen, screen.picture());
        return screen.node();
    }

    /** The Rings: everyone by ring around you, and who moved in the last 90 days. */
    private Node rings() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        RingsScreen screen = new RingsScreen(new RingsViewModel(asOf, navigator, locale), asOf, locale);
        pictures.put(ringsScreen, screen.picture());
        return screen.node();
    }

    @Override
    /**
     * Closes the journal and writes the preferences on the writer thread, after the writes still
     * queued. The window is already gone; this waits (a bounded time) for the close, so that a
     * caller that ends the JVM as soon as {@code Application.launch} returns loses nothing.
     */
    public void stop() {
        if (shell == null) {
            closed.complete(null);
            return;
        }
        WindowPreferences last = geometry == null ? preferences : currentPreferences();
        shell.close();
        tasks.write(context -> {
            preferencesFile.save(last);
            return null;
        }).start();
        tasks.shutdown().whenComplete((done, error) -> closed.complete(null));
        try {
            closed.get(CLOSE_PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("The journal is still closing after {} s; the closing thread carries on", CLOSE_PATIENCE_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("Closing the journal failed", e.getCause());
        }
    }

    /** Completes once the journal is closed and the preferences are written, after {@link #stop()}. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    /** Opens the Log dialog; for the screens that log or edit entries (a person's page). */
    public EntryEditor entries() {
        return entries;
    }

    /** Brings the Review screen forward and starts a session over the queue: what Today's "Start review" calls. */
    public Runnable startReview() {
        return startReview;
    }

    /** Adds and edits people; the screens that show people are given it. */
    public PersonEditors personEditor() {
        return personEditor;
    }

    /** The data folder this window uses. */
    public Path dataFolder() {
        return dataFolder;
    }

    private WindowPreferences currentPreferences() {
        return preferences.withTheme(theme.choiceProperty().get())
                .withSystemDark(theme.systemDarkProperty().get())
                .withWindow(geometry.normalBounds(), geometry.maximized());
    }

    private void savePreferences() {
        WindowPreferences now = currentPreferences();
        tasks.read(context -> {
            preferencesFile.save(now);
            return null;
        }).start();
    }

    /** Asks the system for its light or dark preference in the background, and follows it. */
    private void followSystem() {
        tasks.read(context -> new SystemColorScheme().prefersDark())
                .onSuccess(answer -> answer.ifPresent(dark -> {
                    if (dark != theme.systemDarkProperty().get()) {
                        theme.systemDarkProperty().set(dark);
                        savePreferences();
                    }
                }))
                .start();
    }
}
