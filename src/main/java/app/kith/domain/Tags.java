package app.kith.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How tags compare: without regard to case or accents, so that "Family", "family" and "Fämily" are one tag,
 * spelled as it was first written. Every place that matches, completes, filters or imports tags asks here.
 */
public final class Tags {

    /** Tags that say what the kin flag says; a kin person's "Family" chip stands for them. */
    private static final Set<String> KIN_WORDS = Set.of("family", "kin");

    private Tags() {
    }

    /** What two tags are compared by: lower case, accents and other combining marks dropped. */
    public static String key(String tag) {
        String decomposed = Normalizer.normalize(tag.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public static boolean same(String one, String other) {
        return key(one).equals(key(other));
    }

    public static boolean contains(Collection<String> among, String tag) {
        String wanted = key(tag);
        return among.stream().anyMatch(other -> key(other).equals(wanted));
    }

    /** The tags once each, in order, each in its first spelling. */
    public static List<String> distinct(Collection<String> tags) {
        return new Spellings(tags).all();
    }

    /** True for a tag that only repeats the kin flag ("family", "Kin"). */
    public static boolean saysKin(String tag) {
        return KIN_WORDS.contains(key(tag));
    }

    /** The tags a person's chips show: without those the kin flag's "Family" chip already says. */
    public static List<String> shownBeside(boolean kin, List<String> tags) {
        return kin ? tags.stream().filter(tag -> !saysKin(tag)).toList() : tags;
    }

    /** The first spelling of each tag met so far; later spellings of the same tag take it. */
    public static final class Spellings {

        private final Map<String, String> first = new LinkedHashMap<>();

        public Spellings(Collection<String> known) {
            known.forEach(this::spell);
        }

        /** The spelling {@code tag} is written in: the first one met of the same tag, or its own. */
        public String spell(String tag) {
            return first.computeIfAbsent(key(tag), ignored -> tag.strip());
        }

        /** {@code tags} in the spellings met first, once each. */
        public List<String> spellAll(Collection<String> tags) {
            Map<String, String> once = new LinkedHashMap<>();
            tags.forEach(tag -> once.putIfAbsent(key(tag), spell(tag)));
            return List.copyOf(once.values());
        }

        /** Every tag met, once each, in the order first met. */
        public List<String> all() {
            return List.copyOf(first.values());
        }
    }
}
