package app.kith.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_EMAIL;
import static app.kith.store.schema.Tables.PERSON_PHONE;

/**
 * People of the journal who may be one person: the same email, the same phone (E.164), or similar
 * names — "Müller" and "Mueller" spelled alike, "Bob" taken for "Robert" (a short list of common
 * English short names). Read with three queries; grouped by key, so a journal of thousands is quick.
 */
public final class DuplicateFinder {

    /** A key shared by more people than this says nothing (a company's switchboard number). */
    private static final int MAX_GROUP = 20;
    private static final Map<String, String> SHORT_NAMES = shortNames();

    private final Database database;

    DuplicateFinder(Database database) {
        this.database = database;
    }

    /** Every candidate pair, in name order, each with every reason it has. */
    public List<DuplicatePair> find(MatchKeys keys) {
        return database.read(ctx -> {
            Map<UUID, String> names = new LinkedHashMap<>();
            ctx.select(PERSON.ID, PERSON.NAME).from(PERSON).forEach(r -> names.put(r.value1(), r.value2()));
            Map<String, List<UUID>> byEmail = new HashMap<>();
            ctx.select(PERSON_EMAIL.PERSON_ID, PERSON_EMAIL.EMAIL).from(PERSON_EMAIL).forEach(r ->
                    byEmail.computeIfAbsent(MatchKeys.email(r.value2()), k -> new ArrayList<>()).add(r.value1()));
            Map<String, List<UUID>> byPhone = new HashMap<>();
            ctx.select(PERSON_PHONE.PERSON_ID, PERSON_PHONE.PHONE).from(PERSON_PHONE).forEach(r -> {
                String key = keys.phone(r.value2());
                if (key != null) {
                    byPhone.computeIfAbsent(key, k -> new ArrayList<>()).add(r.value1());
                }
            });
            Map<String, List<UUID>> byName = new HashMap<>();
            names.forEach((id, name) -> byName.computeIfAbsent(similar(name), k -> new ArrayList<>()).add(id));
            Map<List<UUID>, Set<MatchBy>> pairs = new LinkedHashMap<>();
            collect(byEmail, MatchBy.EMAIL, pairs);
            collect(byPhone, MatchBy.PHONE, pairs);
            collect(byName, MatchBy.NAME, pairs);
            Comparator<DuplicatePair> order = Comparator.comparing((DuplicatePair p) -> p.first().name(),
                    String.CASE_INSENSITIVE_ORDER).thenComparing(p -> p.second().name(), String.CASE_INSENSITIVE_ORDER);
            return pairs.entrySet().stream().map(e -> pair(e.getKey(), e.getValue(), names)).sorted(order).toList();
        });
    }

    /** "Bob Smith" and "Robert Smith" → "robert smith"; "Müller" and "Mueller" → "mueller". */
    static String similar(String name) {
        String spelled = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        String[] words = MatchKeys.name(Normalizer.normalize(spelled, Normalizer.Form.NFC)).split(" ");
        if (words.length < 2) {
            return String.join(" ", words);
        }
        return SHORT_NAMES.getOrDefault(words[0], words[0]) + " " + words[words.length - 1];
    }

    private static void collect(Map<String, List<UUID>> groups, MatchBy by, Map<List<UUID>, Set<MatchBy>> pairs) {
        for (List<UUID> group : groups.values()) {
            List<UUID> distinct = group.stream().distinct().sorted().toList();
            if (distinct.size() < 2 || distinct.size() > MAX_GROUP) {
                continue;
            }
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    pairs.computeIfAbsent(List.of(distinct.get(i), distinct.get(j)),
                            k -> EnumSet.noneOf(MatchBy.class)).add(by);
                }
            }
        }
    }

    private static DuplicatePair pair(List<UUID> ids, Set<MatchBy> why, Map<UUID, String> names) {
        DuplicatePair.Someone a = new DuplicatePair.Someone(ids.get(0), names.get(ids.get(0)));
        DuplicatePair.Someone b = new DuplicatePair.Someone(ids.get(1), names.get(ids.get(1)));
        boolean inOrder = String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()) <= 0;
        return new DuplicatePair(inOrder ? a : b, inOrder ? b : a, List.copyOf(why));
    }

    private static Map<String, String> shortNames() {
        String[][] pairs = {{"bob", "robert"}, {"rob", "robert"}, {"bobby", "robert"}, {"bill", "william"},
            {"will", "william"}, {"liam", "william"}, {"jim", "james"}, {"jimmy", "james"}, {"mike", "michael"},
            {"tom", "thomas"}, {"tommy", "thomas"}, {"dick", "richard"}, {"rick", "richard"}, {"tony", "anthony"},
            {"sam", "samuel"}, {"alex", "alexander"}, {"dave", "david"}, {"dan", "daniel"}, {"danny", "daniel"},
            {"joe", "joseph"}, {"chris", "christopher"}, {"matt", "matthew"}, {"nick", "nicholas"},
            {"ben", "benjamin"}, {"andy", "andrew"}, {"drew", "andrew"}, {"steve", "steven"}, {"pete", "peter"},
            {"greg", "gregory"}, {"ed", "edward"}, {"ted", "edward"}, {"fred", "frederick"}, {"jack", "john"},
            {"johnny", "john"}, {"kate", "katherine"}, {"katie", "katherine"}, {"liz", "elizabeth"},
            {"beth", "elizabeth"}, {"betty", "elizabeth"}, {"maggie", "margaret"}, {"meg", "margaret"},
            {"sue", "susan"}, {"jen", "jennifer"}, {"jenny", "jennifer"}, {"becky", "rebecca"}, {"vicky", "victoria"},
            {"jo", "joanna"}, {"tim", "timothy"}, {"phil", "philip"}, {"ron", "ronald"}, {"larry", "lawrence"}};
        Map<String, String> map = new HashMap<>();
        for (String[] pair : pairs) {
            map.put(pair[0], pair[1]);
        }
        return Map.copyOf(map);
    }
}
