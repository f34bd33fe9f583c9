package app.kith.ui.person;

import app.kith.domain.Tags;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The person's tags and the journal's, for completion. A tag typed in another case or with other accents than one
 * the journal has takes the journal's spelling, so "Family" and "family" never both exist by accident.
 */
public final class PersonTags {

    private static final int MAX_SUGGESTIONS = 12;

    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> known = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    /** Copies for {@link #suggestions}, which completion asks from its own thread. */
    private volatile List<String> knownNow = List.of();
    private volatile List<String> chosenNow = List.of();

    public PersonTags() {
        known.addListener((ListChangeListener<String>) change -> knownNow = List.copyOf(known));
        chosen.addListener((ListChangeListener<String>) change -> chosenNow = List.copyOf(chosen));
    }

    /** The person's tags, in the order they were added. */
    public ObservableList<String> chosen() {
        return chosen;
    }

    /** Every tag in the journal. */
    public ObservableList<String> known() {
        return known;
    }

    /** Why the last typed tag was not taken, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Adds what was typed; commas separate several tags.
     *
     * @return true when every tag typed was taken (or was there already)
     */
    public boolean add(String typed) {
        if (typed == null) {
            return true;
        }
        for (String part : typed.split(",")) {
            String tag = part.strip();
            if (tag.isEmpty()) {
                continue;
            }
            String problem = FieldRules.tag(tag);
            if (problem != null) {
                error.set(problem);
                return false;
            }
            String spelled = spelling(tag, known);
            if (!contains(chosen, spelled)) {
                chosen.add(spelled);
            }
        }
        error.set(null);
        return true;
    }

    public void remove(String tag) {
        chosen.remove(tag);
    }

    /**
     * The journal's tags that start with (then contain) what was typed, not yet chosen. Safe to
     * call from any thread.
     */
    public List<String> suggestions(String typed) {
        String text = typed == null ? "" : Tags.key(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> taken = chosenNow;
        List<String> open = knownNow.stream().filter(tag -> !contains(taken, tag)).toList();
        return Stream.concat(
                        open.stream().filter(tag -> lower(tag).startsWith(text)),
                        open.stream().filter(tag -> !lower(tag).startsWith(text) && lower(tag).contains(text)))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static String spelling(String tag, Collection<String> among) {
        return among.stream().filter(other -> Tags.same(other, tag)).findFirst().orElse(tag);
    }

    private static boolean contains(Collection<String> among, String tag) {
        return Tags.contains(among, tag);
    }

    private static String lower(String tag) {
        return Tags.key(tag);
    }
}
