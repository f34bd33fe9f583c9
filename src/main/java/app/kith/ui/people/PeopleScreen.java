package app.kith.ui.people;

import app.kith.insight.Balance;
import app.kith.insight.Kind;
import app.kith.insight.Status;
import app.kith.ui.common.Icons;
import app.kith.ui.common.ListFocus;
import app.kith.ui.common.Shown;
import app.kith.ui.common.Tips;
import app.kith.ui.common.WhileShown;
import atlantafx.base.controls.CustomTextField;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The People screen: the searchable, filterable list on the left, the selected person's page
 * beside it. Keyboard: Shortcut+F (or /, outside a text field) searches, Down goes from the search
 * into the list, Esc clears the search (or goes back to it from the list), typing in the list types
 * into the search, and Enter in the list moves to the person's page.
 */
public final class PeopleScreen {

    static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    /** "/" searches too, as in many lists on the web, unless it is typed into a text field (which keeps it). */
    private final EventHandler<KeyEvent> slashSearches = event -> {
        if ("/".equals(event.getCharacter()) && !(event.getTarget() instanceof TextInputControl)) {
            focusSearch();
            event.consume();
        }
    };

    private final PeopleListViewModel list;
    private final Node page;
    private final SplitPane split = new SplitPane();
    private final CustomTextField search = new CustomTextField();
    private final ListView<PersonRow> listView = new ListView<>();
    /** True while the list's items are replaced: the list view's passing selections are not the user's. */
    private boolean replacing;

    /**
     * @param page the person's page, shown beside the list
     * @param addPerson asks for a new person (the empty journal's button and the + button)
     * @param findDuplicates opens People › Find duplicates
     */
    public PeopleScreen(PeopleListViewModel list, Node page, Runnable addPerson, Runnable findDuplicates, Clock clock,
                        Locale locale) {
        this.list = list;
        this.page = page;
        Node header = header(addPerson, findDuplicates);
        Node filters = filters();
        Node count = countLine();
        VBox side = new VBox(header, filters, count, body(addPerson, clock, locale));
        // An empty journal has nothing to search or filter: only the invitation to add someone shows.
        // The page beside it would only say "choose someone" from a list that is not there.
        for (Node tool : List.of(header, filters, count, page)) {
            Shown.shownWhile(tool, list.stateProperty().isNotEqualTo(PeopleListViewModel.State.EMPTY_JOURNAL));
        }
        side.getStyleClass().add("kith-people-side");
        side.setId("people-list-pane");
        side.setMinWidth(380);
        side.setPrefWidth(500);
        split.getItems().setAll(side, page);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.4);
        split.setId("people-screen");
        split.getStyleClass().add("kith-people");
        SplitPane.setResizableWithParent(side, false);
        split.sceneProperty().addListener((observable, was, now) -> shortcuts(was, now));
        WhileShown.follow(split, list::activate, list::deactivate);
    }

    public Node node() {
        return split;
    }

    /** Puts the cursor in the search box. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private HBox header(Runnable addPerson, Runnable findDuplicates) {
        search.setId("people-search");
        search.setPromptText("Search people");
        search.setAccessibleText("Search people by name, nickname, organisation, email or tag");
        search.setLeft(Icons.icon(Feather.SEARCH));
        Button clear = new Button(null, Icons.icon(Feather.X));
        clear.getStyleClass().addAll("flat", "kith-clear-search");
        clear.setId("people-search-clear");
        clear.setAccessibleText("Clear the search");
        clear.setFocusTraversable(false);
        clear.setOnAction(event -> list.clearSearch());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.textProperty().bindBidirectional(list.queryProperty());
        Tips.install(search, "Search by name, nickname, organisation, email or tag (" + FIND.getDisplayText() + ")");
        search.addEventHandler(KeyEvent.KEY_PRESSED, this::searchKeys);
        HBox.setHgrow(search, Priority.ALWAYS);

        Button add = new Button(null, Icons.icon(Feather.USER_PLUS));
        add.setId("people-add");
        add.setAccessibleText("Add a person");
        Tips.install(add, "Add a person (" + KeyCombination.keyCombination("Shortcut+N").getDisplayText() + ")");
        add.setOnAction(event -> addPerson.run());
        Button duplicates = new Button(null, Icons.icon(Feather.COPY));
        duplicates.setId("people-find-duplicates");
        duplicates.setAccessibleText("Find duplicates");
        Tips.install(duplicates, "Find people who may be one person, and merge them ("
                + KeyCombination.keyCombination("Shortcut+Shift+D").getDisplayText() + ")");
        duplicates.setOnAction(event -> findDuplicates.run());
        HBox header = new HBox(search, add, duplicates);
        header.getStyleClass().add("kith-people-search");
        return header;
    }

    private FlowPane filters() {
        ToggleButton due = new ToggleButton("Follow-up due", Icons.icon(Feather.BELL));
        due.setId("people-follow-up-due");
        due.getStyleClass().add("kith-filter-toggle");
        due.selectedProperty().bindBidirectional(list.followUpDueProperty());
        ToggleButton archived = new ToggleButton("Archived", Icons.icon(Feather.ARCHIVE));
        archived.setId("people-show-archived");
        archived.getStyleClass().add("kith-filter-toggle");
        archived.setAccessibleText("Show the archived too");
        Tips.install(archived, "Show the people you archived too");
        archived.selectedProperty().bindBidirectional(list.showArchivedProperty());
        FlowPane filters = new FlowPane(
                FilterChoices.tags(list.tags(), list.tagProperty()),
                FilterChoices.rings(list.ringProperty()),
                FilterChoices.of("people-kind", "Chat or chit", Kind.class, list.kindProperty()),
                FilterChoices.of("people-balance", "Any balance", Balance.class, list.balanceProperty()),
                FilterChoices.of("people-status", "Any status", Status.class, list.statusProperty()),
                due, archived);
        filters.getStyleClass().add("kith-people-filters");
        return filters;
    }

    private HBox countLine() {
        Label count = new Label();
        count.setId("people-count");
        count.getStyleClass().addAll("kith-muted", "kith-small");
        count.textProperty().bind(list.countProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label sortLabel = new Label("Sort by");
        sortLabel.getStyleClass().addAll("kith-muted", "kith-small");
        ComboBox<PeopleSort> sort = new ComboBox<>();
        sort.setId("people-sort");
        sort.getStyleClass().add("kith-filter");
        sort.getItems().setAll(PeopleSort.values());
        sort.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PeopleSort value) {
                return value == null ? "" : value.label();
            }

            @Override
            public PeopleSort fromString(String text) {
                return null;
            }
        });
        sort.valueProperty().bindBidirectional(list.sortProperty());
        sort.setAccessibleText("Sort by");
        sortLabel.setLabelFor(sort);
        HBox line = new HBox(count, gap, sortLabel, sort);
        line.getStyleClass().add("kith-people-count");
        return line;
    }

    private StackPane body(Runnable addPerson, Clock clock, Locale locale) {
        listView.setId("people-list");
        listView.getStyleClass().add("kith-people-list");
        listView.setFixedCellSize(52);
        listView.setCellFactory(view -> new PersonCell(clock, locale));
        listView.setItems(list.rows());
        listView.setAccessibleText("People");
        ListFocus.followSelection(listView);
        listView.addEventHandler(KeyEvent.KEY_PRESSED, this::listKeys);
        listView.addEventHandler(KeyEvent.KEY_TYPED, this::typeIntoSearch);
        listView.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (!replacing && now != null) {
                list.selectedProperty().set(now.id());
            }
        });
        list.rows().addListener((ListChangeListener<PersonRow>) change -> showSelected());
        list.selectedProperty().addListener((observable, was, now) -> showSelected());

        Node empty = PeopleEmptyStates.emptyJournal(addPerson);
        Node noMatches = PeopleEmptyStates.noMatches(list.noMatchesProperty(), list::clearFilters);
        Node waiting = PeopleEmptyStates.waiting(list.problemProperty());
        StackPane body = new StackPane(listView, empty, noMatches, waiting);
        VBox.setVgrow(body, Priority.ALWAYS);
        Runnable state = () -> {
            PeopleListViewModel.State now = list.stateProperty().get();
            listView.setVisible(now == PeopleListViewModel.State.LIST);
            empty.setVisible(now == PeopleListViewModel.State.EMPTY_JOURNAL);
            noMatches.setVisible(now == PeopleListViewModel.State.NO_MATCHES);
            waiting.setVisible(now == PeopleListViewModel.State.WAITING);
        };
        list.stateProperty().addListener((observable, was, now) -> state.run());
        state.run();
        return body;
    }

    /** Shows the view model's selection in the list (after a read, a filter or a navigation). */
    private void showSelected() {
        UUID id = list.selectedProperty().get();
        PersonRow row = list.row(id);
        int index = row == null ? -1 : list.rows().indexOf(row);
        replacing = true;
        try {
            if (index < 0) {
                listView.getSelectionModel().clearSelection();
            } else if (listView.getSelectionModel().getSelectedIndex() != index) {
                listView.getSelectionModel().select(index);
                scrollIntoView(index);
            }
        } finally {
            replacing = false;
        }
    }

    private void scrollIntoView(int index) {
        // Scrolls only when the row is out of sight, so that a refresh never makes the list jump.
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>)
                listView.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null
                || index < flow.getFirstVisibleCell().getIndex() || index > flow.getLastVisibleCell().getIndex()) {
            // After the rows were replaced (a search cleared) the list lays out anew and would undo an
            // immediate scroll: scroll once that layout is done.
            Platform.runLater(() -> listView.scrollTo(Math.max(0, index - 2)));
        }
    }

    private void searchKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
            if (!list.rows().isEmpty()) {
                if (listView.getSelectionModel().getSelectedIndex() < 0) {
                    listView.getSelectionModel().select(0);
                }
                listView.requestFocus();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && list.clearSearch()) {
            event.consume();
        }
    }

    private void listKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            Node first = page.lookup("#person-log");
            if (first != null && first.isVisible()) {
                first.requestFocus();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            focusSearch();
            event.consume();
        } else if (event.getCode() == KeyCode.UP && listView.getSelectionModel().getSelectedIndex() == 0) {
            focusSearch();
            event.consume();
        }
    }

    /** A letter typed in the list goes to the search, as a person expects of a list they can search. */
    private void typeIntoSearch(KeyEvent event) {
        String typed = event.getCharacter();
        // "/" is left to the window, where it searches without typing itself.
        if (typed.isEmpty() || event.isShortcutDown() || event.isAltDown() || Character.isISOControl(typed.charAt(0))
                || typed.isBlank() || "/".equals(typed)) {
            return;
        }
        search.requestFocus();
        search.appendText(typed);
        search.positionCaret(search.getText().length());
        event.consume();
    }

    /** Shortcut+F and / search while the screen is in the window; the shortcuts go when it leaves. */
    private void shortcuts(Scene was, Scene now) {
        Runnable find = () -> Platform.runLater(this::focusSearch);
        if (was != null) {
            was.getAccelerators().remove(FIND);
            was.removeEventHandler(KeyEvent.KEY_TYPED, slashSearches);
        }
        if (now != null) {
            now.getAccelerators().put(FIND, find);
            now.addEventHandler(KeyEvent.KEY_TYPED, slashSearches);
        }
    }
}
