package app.kith.store;

import app.kith.domain.ImportantDate;
import app.kith.domain.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two people's details as one, never losing what either holds. {@link #filled} is an import's merge:
 * empty fields are filled and emails, phones, tags and dates added; a field that holds something keeps
 * it. {@link #joined} is the merge of two people of the journal: the same, and whatever of the other's
 * would be lost (a different organisation, a second birthday) is kept in the notes, said so.
 */
public final class PeopleMerge {

    private PeopleMerge() {
    }

    /** {@code base} with {@code incoming}'s details added where base has none; base's id. */
    public static Person filled(Person base, Person incoming) {
        return base.toBuilder()
                .nickname(or(base.nickname(), incoming.nickname()))
                .emails(union(base.emails(), incoming.emails(), MatchKeys::email))
                .phones(union(base.phones(), incoming.phones(), p -> p.replaceAll("[^0-9+]", "")))
                .organization(or(base.organization(), incoming.organization()))
                .title(or(base.title(), incoming.title()))
                .howWeMet(or(base.howWeMet(), incoming.howWeMet()))
                .metOn(or(base.metOn(), incoming.metOn()))
                .birthday(or(base.birthday(), incoming.birthday()))
                .dates(union(base.dates(), incoming.dates(), d -> d.label().toLowerCase(Locale.ROOT) + d.date()))
                .tags(union(base.tags(), incoming.tags(), app.kith.domain.Tags::key))
                .notes(or(base.notes(), incoming.notes()))
                .mattersToThem(or(base.mattersToThem(), incoming.mattersToThem()))
                .photo(or(base.photo(), incoming.photo()))
                .build();
    }

    /** {@code keep} and {@code other} as one person with keep's id: nothing of either is lost. */
    public static Person joined(Person keep, Person other) {
        Person filled = filled(keep, other).toBuilder()
                .kin(keep.kin() || other.kin())
                .ring(or(keep.ring(), other.ring()))
                .cadenceDays(or(keep.cadenceDays(), other.cadenceDays()))
                .archived(keep.archived() && other.archived())
                .howWeMet(together(keep.howWeMet(), other.howWeMet()))
                .mattersToThem(together(keep.mattersToThem(), other.mattersToThem()))
                .build();
        List<String> kept = new ArrayList<>();
        differs(kept, "name", keep.name(), other.name());
        differs(kept, "nickname", keep.nickname(), other.nickname());
        differs(kept, "organisation", keep.organization(), other.organization());
        differs(kept, "title", keep.title(), other.title());
        differs(kept, "met on", keep.metOn(), other.metOn());
        differs(kept, "birthday", keep.birthday(), other.birthday());
        String notes = together(keep.notes(), other.notes());
        if (!kept.isEmpty()) {
            notes = together(notes, "Merged with " + other.name() + ", who also had: " + String.join("; ", kept) + ".");
        }
        return filled.toBuilder().notes(notes).build();
    }

    /**
     * What {@code after} adds to {@code before}, field by field, for a preview, e.g. "email a@b.org",
     * "organisation Acme"; a field the incoming person would change but a merge keeps is said too
     * ("title stays Engineer, not CTO").
     */
    public static List<String> changes(Person before, Person incoming) {
        Person after = filled(before, incoming);
        List<String> changes = new ArrayList<>();
        added(changes, "email", before.emails(), after.emails());
        added(changes, "phone", before.phones(), after.phones());
        added(changes, "tag", before.tags(), after.tags());
        added(changes, "date", before.dates().stream().map(PeopleMerge::date).toList(),
                after.dates().stream().map(PeopleMerge::date).toList());
        field(changes, "nickname", before.nickname(), incoming.nickname());
        field(changes, "organisation", before.organization(), incoming.organization());
        field(changes, "title", before.title(), incoming.title());
        field(changes, "birthday", before.birthday(), incoming.birthday());
        field(changes, "met on", before.metOn(), incoming.metOn());
        field(changes, "notes", before.notes(), incoming.notes());
        if (before.photo() == null && incoming.photo() != null) {
            changes.add("a photo");
        }
        return changes;
    }

    private static String date(ImportantDate date) {
        return date.label() + " " + date.date();
    }

    private static void added(List<String> changes, String what, List<String> before, List<String> after) {
        after.stream().skip(before.size()).forEach(value -> changes.add(what + " " + value));
    }

    private static void field(List<String> changes, String what, Object before, Object incoming) {
        if (incoming == null || Objects.equals(before, incoming)) {
            return;
        }
        String shown = String.valueOf(incoming).lines().findFirst().orElse("");
        changes.add(before == null ? what + " " + shown
                : what + " stays " + String.valueOf(before).lines().findFirst().orElse("") + ", not " + shown);
    }

    private static void differs(List<String> kept, String what, Object keep, Object other) {
        if (keep != null && other != null && !String.valueOf(keep).equalsIgnoreCase(String.valueOf(other))) {
            kept.add(what + " " + other);
        }
    }

    private static String together(String first, String second) {
        if (first == null || second == null || first.strip().equals(second.strip())) {
            return or(first, second);
        }
        return first + "\n\n" + second;
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    private static <T> List<T> union(List<T> first, List<T> second, Function<T, String> key) {
        Map<String, T> all = new LinkedHashMap<>();
        first.forEach(value -> all.putIfAbsent(key.apply(value), value));
        second.forEach(value -> all.putIfAbsent(key.apply(value), value));
        return List.copyOf(all.values());
    }
}
