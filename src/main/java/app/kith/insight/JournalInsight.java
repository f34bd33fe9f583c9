package app.kith.insight;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The insight model applied to a whole journal as of a date T: every person's figures and labels,
 * the rings, and the review queue. A pure function of its inputs; entries dated after T do not count.
 */
public final class JournalInsight {

    /** Highest priority first; ties by name, then id, so that the order never depends on input order. */
    private static final Comparator<PersonInsight> REVIEW_ORDER =
            Comparator.comparingDouble(PersonInsight::priority).reversed()
                    .thenComparing(insight -> insight.person().name(), NameOrder.NAMES)
                    .thenComparing(PersonInsight::id);

    private final LocalDate asOf;
    private final HalfLife halfLife;
    private final List<PersonInsight> people;
    private final Map<UUID, PersonInsight> byId;
    private final List<PersonInsight> review;
    private final List<FollowUp> followUpsDue;

    private JournalInsight(LocalDate asOf, HalfLife halfLife, List<PersonInsight> people, List<FollowUp> followUps) {
        this.asOf = asOf;
        this.halfLife = halfLife;
        this.people = List.copyOf(people);
        this.byId = new HashMap<>();
        for (PersonInsight insight : people) {
            byId.put(insight.id(), insight);
        }
        List<PersonInsight> queue = new ArrayList<>();
        for (PersonInsight insight : people) {
            if (insight.inReview()) {
                queue.add(insight);
            }
        }
        queue.sort(REVIEW_ORDER);
        this.review = List.copyOf(queue);
        this.followUpsDue = followUpsDue(followUps);
    }

    /**
     * Scores a journal given as domain records.
     *
     * @param snoozedUntil the day each snoozed person's snooze ends (absent: not snoozed)
     * @param halfLifeDays H, 30 to 365
     * @throws IllegalArgumentException when the half-life is out of range or a person appears twice
     */
    public static JournalInsight compute(List<Person> people, List<Interaction> interactions, List<Favour> favours,
                                         List<FollowUp> followUps, Map<UUID, LocalDate> snoozedUntil,
                                         LocalDate asOf, int halfLifeDays) {
        HalfLife halfLife = new HalfLife(halfLifeDays);
        return compute(people, PersonTimeline.allOf(interactions, favours), followUps, snoozedUntil, asOf, halfLife);
    }

    /**
     * Scores a journal whose histories are already kept as timelines (as the store keeps them).
     * A person without a timeline has nothing logged.
     */
    public static JournalInsight compute(List<Person> people, Map<UUID, PersonTimeline> timelines,
                                         List<FollowUp> followUps, Map<UUID, LocalDate> snoozedUntil,
                                         LocalDate asOf, HalfLife halfLife) {
        List<UUID> ids = new ArrayList<>();
        List<PersonTimeline> theirs = new ArrayList<>();
        for (Person person : people) {
            PersonTimeline timeline = timelines.get(person.id());
            if (timeline != null) {
                ids.add(person.id());
                theirs.add(timeline);
            }
        }
        List<Score> scored = TimelineScorer.scoreAll(theirs, asOf, halfLife);
        Map<UUID, Score> scores = new HashMap<>(theirs.size() * 2);
        for (int i = 0; i < theirs.size(); i++) {
            scores.put(ids.get(i), scored.get(i));
        }
        return fromScores(people, scores, followUps, snoozedUntil, asOf, halfLife);
    }

    /**
     * The same from each person's score as of the day and half-life, already computed (the store keeps
     * them between readings and processes, computing again only those whose timeline changed). A person
     * without a score has nothing logged.
     *
     * @throws IllegalArgumentException when a person appears twice
     */
    public static JournalInsight fromScores(List<Person> people, Map<UUID, Score> scores, List<FollowUp> followUps,
                                            Map<UUID, LocalDate> snoozedUntil, LocalDate asOf, HalfLife halfLife) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(halfLife, "halfLife");
        Map<UUID, Score> everyone = new HashMap<>(people.size() * 2);
        Score nothingLogged = null;
        for (Person person : people) {
            Score score = scores.get(person.id());
            if (score == null) {
                // The same for everyone with nothing logged: worked out once.
                if (nothingLogged == null) {
                    nothingLogged = new TimelineScorer(asOf, halfLife).score(PersonTimeline.empty(person.id()));
                }
                score = nothingLogged;
            }
            if (everyone.put(person.id(), score) != null) {
                throw new IllegalArgumentException(person.name() + " (" + person.id() + ") appears twice");
            }
        }
        List<Rings.Candidate> candidates = new ArrayList<>();
        for (Person person : people) {
            Score score = everyone.get(person.id());
            if (!person.archived()) {
                candidates.add(new Rings.Candidate(person.id(), person.name(), person.ring(),
                        score.evidence().meaningfulInRingYear(), score.figures().depth()));
            }
        }
        Map<UUID, RingPlacement> rings = Rings.assign(candidates);
        Map<UUID, Integer> dueFollowUps = dueFollowUps(followUps, asOf);
        List<PersonInsight> insights = new ArrayList<>(people.size());
        for (Person person : people) {
            Score score = everyone.get(person.id());
            RingPlacement ring = rings.getOrDefault(person.id(), archivedPlacement(person, score));
            LocalDate snoozeEnd = snoozedUntil.get(person.id());
            insights.add(insight(person, score, ring, dueFollowUps.getOrDefault(person.id(), 0),
                    snoozeEnd != null && snoozeEnd.isAfter(asOf), asOf));
        }
        return new JournalInsight(asOf, halfLife, insights, followUps);
    }

    private static PersonInsight insight(Person person, Score score, RingPlacement ring, int dueFollowUps,
                                         boolean snoozed, LocalDate asOf) {
        Figures figures = score.figures();
        Evidence evidence = score.evidence();
        Balance balance = Balance.of(figures, evidence);
        Cadence cadence = Cadence.of(person, ring.ring(), evidence);
        Double ratio = Cadence.overdueRatio(cadence, evidence, asOf);
        double priority = ReviewPriority.of(ring.ring(), ratio, balance, dueFollowUps);
        boolean wanted = (ratio != null && ratio >= Overdue.DUE_AT) || dueFollowUps > 0;
        return new PersonInsight(person, score, Kind.of(figures, evidence), balance,
                Initiative.of(figures, evidence), Status.of(score, asOf), ring, cadence, ratio, Overdue.of(ratio),
                dueFollowUps, snoozed, priority, wanted && !person.archived() && !snoozed, asOf);
    }

    /** The archived take no part in the rings: letting someone go frees their place. */
    private static RingPlacement archivedPlacement(Person person, Score score) {
        return new RingPlacement(null, null, person.ring(), score.evidence().meaningfulInRingYear());
    }

    private static Map<UUID, Integer> dueFollowUps(List<FollowUp> followUps, LocalDate asOf) {
        Map<UUID, Integer> due = new HashMap<>();
        for (FollowUp followUp : followUps) {
            if (followUp.isDueBy(asOf)) {
                due.merge(followUp.person(), 1, Integer::sum);
            }
        }
        return due;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public HalfLife halfLife() {
        return halfLife;
    }

    /** Every person's insight, in the order the people were given. */
    public List<PersonInsight> people() {
        return people;
    }

    /**
     * One person's insight.
     *
     * @throws IllegalArgumentException when the person was not part of the journal
     */
    public PersonInsight of(UUID person) {
        PersonInsight insight = byId.get(person);
        if (insight == null) {
            throw new IllegalArgumentException("no person " + person + " in this journal");
        }
        return insight;
    }

    /** One person's insight, or empty when the person was not part of the journal (added since). */
    public Optional<PersonInsight> find(UUID person) {
        return Optional.ofNullable(byId.get(person));
    }

    /**
     * The people placed in the ring (null: outside the rings, the archived included), closest first:
     * most meaningful conversations, then Depth, then name.
     */
    public List<PersonInsight> inRing(Ring ring) {
        List<PersonInsight> members = new ArrayList<>();
        for (PersonInsight insight : people) {
            if (insight.placedRing() == ring) {
                members.add(insight);
            }
        }
        members.sort(Comparator.comparingInt((PersonInsight insight) -> insight.ring().meaningful()).reversed()
                .thenComparing(Comparator.comparingInt(PersonInsight::depth).reversed())
                .thenComparing(insight -> insight.person().name(), NameOrder.NAMES)
                .thenComparing(PersonInsight::id));
        return members;
    }

    /**
     * The follow-ups due on or before the date and not done, of people who are not archived: the earliest due
     * first, then by the person's name.
     */
    public List<FollowUp> followUpsDue() {
        return followUpsDue;
    }

    private List<FollowUp> followUpsDue(List<FollowUp> followUps) {
        List<FollowUp> due = new ArrayList<>();
        for (FollowUp followUp : followUps) {
            PersonInsight whose = byId.get(followUp.person());
            if (followUp.isDueBy(asOf) && whose != null && !whose.person().archived()) {
                due.add(followUp);
            }
        }
        due.sort(Comparator.comparing(FollowUp::due)
                .thenComparing(followUp -> byId.get(followUp.person()).person().name(), NameOrder.NAMES)
                .thenComparing(FollowUp::text)
                .thenComparing(FollowUp::id));
        return List.copyOf(due);
    }

    /** The review: everyone overdue or with a follow-up due, neither archived nor snoozed, highest priority first. */
    public List<PersonInsight> reviewQueue() {
        return review;
    }
}
