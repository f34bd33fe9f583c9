package app.kith.insight;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Help › How Kith reads relationships: each idea of the model in plain words, with a live example from a journal.
 * The example is the model's own explanation of one person (the same sentences a person's page shows), so the
 * page can never tell a different story from the scores. The thresholds named come from the model's constants.
 */
public final class HowKithReads {

    /**
     * One idea of the model.
     *
     * @param title what the idea is called in the window
     * @param plain what it means, in plain words
     * @param example a person of the journal read by the model ("Name: explanation"), or null when nobody shows it
     */
    public record Topic(String title, String plain, String example) {
    }

    private final List<PersonInsight> people;

    private HowKithReads(List<PersonInsight> people) {
        this.people = people;
    }

    /** The ideas in the order the page explains them, with examples from {@code insight}. */
    public static List<Topic> topics(JournalInsight insight) {
        return new HowKithReads(insight.people().stream().filter(person -> !person.person().archived()).toList())
                .topics();
    }

    /** The ideas without examples, while the examples are still being read. */
    public static List<Topic> withoutExamples() {
        return new HowKithReads(List.of()).topics();
    }

    /** True when the journal has someone to show an example with: a person with at least one conversation. */
    public static boolean hasExamples(JournalInsight insight) {
        return insight.people().stream().anyMatch(person -> person.lastInteraction() != null);
    }

    private List<Topic> topics() {
        Optional<PersonInsight> deepest = most(person -> true, PersonInsight::depth);
        return List.of(
                new Topic("Depth", "How much substance a relationship has, from 0 to 100. It grows with time spent"
                        + " together, with personal and deep talks, and with favours both ways; old contact counts"
                        + " for less and less, so Depth follows how things are now.",
                        example(deepest, person -> "Depth " + person.depth() + ", of which "
                                + person.explain().intimacy())),
                new Topic("Time, Intimacy and Services", "The three parts of Depth, each from 0 to 1: Time is how"
                        + " much contact there is, Intimacy how much of it is personal or deep, Services the favours"
                        + " that pass between you. Intimacy weighs most.",
                        example(deepest, person -> String.join("; ", person.explain().time(),
                                person.explain().intimacy(), person.explain().services()))),
                new Topic("Chit and chat", "Chit is small talk and catch-ups; chat is the personal and deep kind."
                        + " A relationship reads as Chat when at least " + Phrases.percent(Kind.CHAT_SHARE)
                        + " of the contact, weighed by depth, channel and length, is personal or deep.",
                        // The most contact that is still small talk shows the idea best.
                        example(most(person -> person.kind() == Kind.CHIT,
                                        person -> person.evidence().interactionsLastYear())
                                .or(() -> most(person -> person.kind() != null, PersonInsight::depth)),
                                person -> person.explain().kind())),
                new Topic("Balance", "Who gives more favours: You give, You owe or Even. Only a clear lean over at"
                        + " least " + Balance.MIN_FAVOURS + " favours in the last year earns a lopsided label;"
                        + " a favour promised but not done counts half.",
                        example(most(person -> person.balance() != Balance.EVEN,
                                        person -> Math.abs(person.figures().favourBalance()))
                                .or(() -> most(person -> person.evidence().favours() > 0, PersonInsight::depth)),
                                person -> person.explain().balance())),
                new Topic("Initiative", "Who reaches out: you, them, or both in turn, over the last year's"
                        + " conversations whose starter you noted.",
                        example(most(person -> person.initiative() != Initiative.SHARED, PersonInsight::depth)
                                .or(() -> deepest), person -> person.explain().initiative())),
                new Topic("Rings", "Like Dunbar's layers: about 5 close people, 15 good friends, 50 friends and 150"
                        + " acquaintances, placed by how often you met for a catch-up or more in a year. A ring you"
                        + " pin on a person wins.",
                        example(most(person -> person.placedRing() != null,
                                person -> -person.placedRing().size()), person -> person.explain().ring())),
                new Topic("Cadence", "How often you usually talk: your own rhythm with the person when there is"
                        + " enough of it, else what their ring expects (weekly, monthly, twice a year, yearly),"
                        + " longer for family. The Review brings up whoever has been quiet for longer than that.",
                        example(most(person -> person.overdueRatio() != null && person.inReview(),
                                        PersonInsight::priority)
                                .or(() -> most(person -> person.cadenceDays() != null, PersonInsight::depth)),
                                person -> person.explain().cadence() + "; " + person.explain().overdue()
                                        + (person.inReview() ? " (in the Review: " + person.reason() + ")" : ""))),
                new Topic("Status", "New, Active, Fading or Dormant: whether a relationship is starting, going,"
                        + " thinning out (talks grew thinner or rarer than half a year before) or silent for over"
                        + " a year.",
                        example(most(person -> person.status() == Status.FADING, PersonInsight::depthBefore)
                                .or(() -> most(person -> person.status() != null, PersonInsight::depth)),
                                person -> person.explain().status())));
    }

    private <T extends Comparable<T>> Optional<PersonInsight> most(Predicate<PersonInsight> which,
                                                                   Function<PersonInsight, T> by) {
        return people.stream().filter(person -> person.lastInteraction() != null).filter(which)
                .max(Comparator.comparing(by).thenComparing(person -> person.person().name(),
                        Comparator.reverseOrder()));
    }

    private static String example(Optional<PersonInsight> person, Function<PersonInsight, String> sentence) {
        return person.map(chosen -> chosen.person().name() + ": " + sentence.apply(chosen)).orElse(null);
    }

}
