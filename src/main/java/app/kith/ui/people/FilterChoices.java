package app.kith.ui.people;

import app.kith.domain.Coded;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The People list's drop-down filters (the Map's too), each kept in step with its property in the view model. */
public final class FilterChoices {

    /** One entry of a drop-down: what it says and what it filters by (null: everyone). */
    public record Option<T>(String label, T value) {
    }

    private FilterChoices() {
    }

    /** A drop-down over the constants of a labelled enum, "any" first. */
    public static <T extends Enum<T> & Coded> ComboBox<Option<T>> of(String id, String any, Class<T> type,
                                                              ObjectProperty<T> property) {
        List<Option<T>> options = new ArrayList<>();
        options.add(new Option<>(any, null));
        for (T constant : type.getEnumConstants()) {
            options.add(new Option<>(constant.label(), constant));
        }
        return box(id, any, options, property);
    }

    static ComboBox<Option<RingFilter>> rings(ObjectProperty<RingFilter> property) {
        return rings("people-ring", property);
    }

    public static ComboBox<Option<RingFilter>> rings(String id, ObjectProperty<RingFilter> property) {
        List<Option<RingFilter>> options = new ArrayList<>();
        for (RingFilter ring : RingFilter.values()) {
            options.add(new Option<>(ring.label(), ring));
        }
        return box(id, "Ring", options, property);
    }

    /** The tag drop-down, whose tags follow the journal's. */
    static ComboBox<Option<String>> tags(ObservableList<String> tags, ObjectProperty<String> property) {
        return tags("people-tag", tags, property);
    }

    public static ComboBox<Option<String>> tags(String id, ObservableList<String> tags, ObjectProperty<String> property) {
        ComboBox<Option<String>> box = box(id, "Tag", tagOptions(tags), property);
        tags.addListener((ListChangeListener<String>) change -> {
            box.getItems().setAll(tagOptions(tags));
            select(box, property.get());
        });
        return box;
    }

    private static List<Option<String>> tagOptions(List<String> tags) {
        List<Option<String>> options = new ArrayList<>(tags.size() + 1);
        options.add(new Option<>("Any tag", null));
        tags.forEach(tag -> options.add(new Option<>(tag, tag)));
        return options;
    }

    private static <T> ComboBox<Option<T>> box(String id, String name, List<Option<T>> options,
                                              ObjectProperty<T> property) {
        ComboBox<Option<T>> box = new ComboBox<>();
        box.getItems().setAll(options);
        box.setId(id);
        box.getStyleClass().add("kith-filter");
        box.setAccessibleText(name + " filter");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Option<T> option) {
                return option == null ? "" : option.label();
            }

            @Override
            public Option<T> fromString(String text) {
                return null;
            }
        });
        select(box, property.get());
        box.valueProperty().addListener((observable, was, now) -> {
            if (now != null) {
                property.set(now.value());
            }
        });
        property.addListener((observable, was, now) -> select(box, now));
        return box;
    }

    private static <T> void select(ComboBox<Option<T>> box, T value) {
        for (Option<T> option : box.getItems()) {
            if (Objects.equals(option.value(), value)) {
                if (box.getValue() != option) {
                    box.setValue(option);
                }
                markChosen(box, option);
                return;
            }
        }
        box.setValue(box.getItems().isEmpty() ? null : box.getItems().get(0));
    }

    /** A drop-down that narrows the list is drawn as chosen, so that a hidden filter is never forgotten. */
    private static <T> void markChosen(ComboBox<Option<T>> box, Option<T> option) {
        boolean narrows = option.value() != null && option.value() != RingFilter.ANY;
        box.getStyleClass().remove("chosen");
        if (narrows) {
            box.getStyleClass().add("chosen");
        }
    }
}
