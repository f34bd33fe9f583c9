package app.kith.insight;

import static app.kith.insight.Phrases.count;
import static app.kith.insight.Phrases.decimal;
import static app.kith.insight.Phrases.number;
import static app.kith.insight.Phrases.signed;

import app.kith.common.DaysAgo;
import java.time.LocalDate;

/** Writes the sentence of evidence for each part of a {@link PersonInsight}. */
final class Explainer {

    /** How the explanations name a meaningful conversation. */
    static final String MEANINGFUL_TALK = "catch-up or deeper talk";
    static final String MEANINGFUL_TALKS = "catch-ups or deeper talks";

    private final PersonInsight insight;
    private final Evidence evidence;
    private final Figures figures;

    private Explainer(PersonInsight insight) {
        this.insight = insight;
        this.evidence = insight.evidence();
        this.figures = insight.figures();
    }

    static Explanation explain(PersonInsight insight) {
        Explainer explainer = new Explainer(insight);
        CadenceExplainer rhythm = new CadenceExplainer(insight);
        return new Explanation(explainer.time(), explainer.intimacy(), explainer.services(), explainer.kind(),
                explainer.balance(), explainer.initiative(), explainer.status(), explainer.ring(),
                rhythm.cadence(), rhythm.overdue());
    }

    private String time() {
        return "Time " + decimal(figures.time()) + ": "
                + recent(evidence.interactionsLastYear(), evidence.latest(), "conversation", "conversations");
    }

    private String intimacy() {
        return "Intimacy " + decimal(figures.intimacy()) + ": " + recent(evidence.substantialLastYear(),
                evidence.latestSubstantial(), "personal or deep conversation", "personal or deep conversations");
    }

    private String services() {
        String head = "Services " + decimal(figures.services()) + ": ";
        if (evidence.favours() == 0) {
            return head + "no favours yet";
        }
        if (evidence.favoursLastYear() == 0) {
            return head + "no favours in the last year; the latest " + agoOf(evidence.latestFavour());
        }
        String oneWay = Math.abs(figures.favourBalance()) >= Balance.LEAN ? "; help one way counts for less" : "";
        return head + number(evidence.favoursGivenLastYear()) + " given and "
                + number(evidence.favoursReceivedLastYear())
                + " received in the last year, the latest " + agoOf(evidence.latestFavour()) + oneWay;
    }

    /** "11 personal or deep conversations in the last year, the latest 9 days ago", or why there are none. */
    private String recent(int lastYear, LocalDate latest, String singular, String plural) {
        if (latest == null) {
            return "no " + plural + " yet";
        }
        if (lastYear == 0) {
            return "no " + plural + " in the last year; the latest " + agoOf(latest);
        }
        return count(lastYear, singular, plural) + " in the last year, "
                + (lastYear == 1 ? "" : "the latest ") + agoOf(latest);
    }

    private String kind() {
        if (insight.kind() == null) {
            return "No kind yet: no conversations";
        }
        return insight.kind().label() + ": " + Phrases.percent(figures.chatShare())
                + " of the contact is personal or deep (chat from " + Phrases.percent(Kind.CHAT_SHARE) + ")";
    }

    private String balance() {
        String head = insight.balance().label() + ": ";
        int given = evidence.favoursGivenLastYear();
        int received = evidence.favoursReceivedLastYear();
        String lean = " (balance " + signed(figures.favourBalance()) + ")";
        if (evidence.favours() == 0) {
            return head + "no favours yet";
        }
        boolean tooFewToLean = insight.balance() == Balance.EVEN && Math.abs(figures.favourBalance()) >= Balance.LEAN;
        if (given + received == 0) {
            return head + "no favours in the last year" + (tooFewToLean ? ", too few to lean" : "") + lean;
        }
        if (tooFewToLean) {
            return head + "only " + count(given + received, "favour", "favours") + " in the last year, too few to lean"
                    + lean;
        }
        if (insight.balance() == Balance.YOU_OWE) {
            return head + "you received " + count(received, "favour", "favours") + " and gave " + number(given)
                    + " in the last year" + lean;
        }
        return head + "you gave " + count(given, "favour", "favours") + " and received " + number(received)
                + " in the last year" + lean;
    }

    private String initiative() {
        String head = insight.initiative().label() + ": ";
        int mine = evidence.startedByMe();
        int theirs = evidence.startedByThem();
        if (mine + theirs == 0) {
            return head + "nobody is noted as starting a conversation in the last year";
        }
        if (mine + theirs < Initiative.MIN_KNOWN) {
            return head + "only " + count(mine + theirs, "conversation", "conversations")
                    + " in the last year with a known starter, too few to lean";
        }
        String lean = " (initiative " + signed(figures.initiative()) + ")";
        if (insight.initiative() == Initiative.THEY_REACH_OUT) {
            return head + "they started " + theirs + " of the last year's conversations and you " + number(mine) + lean;
        }
        return head + "you started " + mine + " of the last year's conversations and they " + number(theirs) + lean;
    }

    private String status() {
        String head = insight.status().label() + ": ";
        if (evidence.interactions() == 0) {
            return head + "no conversations yet";
        }
        return head + switch (insight.status()) {
            case NEW -> "the first conversation was " + agoOf(evidence.first()) + ", "
                    + evidence.interactions() + " so far";
            case FADING -> fading(Status.fadingSignal(insight.score()));
            case ACTIVE -> steady() ? steadyTalks() : latestConversation();
            case DORMANT -> latestConversation();
        };
    }

    private String latestConversation() {
        return "the latest conversation was " + agoOf(evidence.latest());
    }

    /**
     * "Depth fell from 58 to 31 since June", "5 catch-ups or deeper talks from June to November last
     * year, 1 since", or both: the signal that fired, with its figures.
     */
    private String fading(FadingSignal signal) {
        LocalDate halfYearAgo = insight.asOf().minusDays(Status.LOOKBACK_DAYS);
        String thinner = "Depth fell from " + insight.depthBefore() + " to " + figures.depth() + " "
                + insight.direction().sinceWords();
        String rarer = count(evidence.meaningfulBefore(), MEANINGFUL_TALK, MEANINGFUL_TALKS) + " "
                + Phrases.months(halfYearAgo.minusDays(Status.LOOKBACK_DAYS - 1), halfYearAgo, insight.asOf())
                + ", " + number(evidence.meaningfulRecent()) + " since";
        if (signal == FadingSignal.BOTH) {
            return thinner + "; " + rarer;
        }
        return signal.thinner() ? thinner : rarer;
    }

    /** A tie with substance half a year ago whose meaningful talks go on about as often as before. */
    private boolean steady() {
        return insight.depthBefore() >= Status.FADING_FROM_DEPTH && evidence.meaningfulRecent() > 0;
    }

    /** "steady, 4 catch-ups or deeper talks since June and 5 in the half year before". */
    private String steadyTalks() {
        return "steady, " + count(evidence.meaningfulRecent(), MEANINGFUL_TALK, MEANINGFUL_TALKS) + " "
                + insight.direction().sinceWords() + " and " + number(evidence.meaningfulBefore())
                + " in the half year before";
    }

    private String ring() {
        RingPlacement ring = insight.ring();
        if (insight.person().archived()) {
            return "Outside the rings: archived";
        }
        String head = ring.ring() == null ? "Outside the rings: " : "Ring " + ring.ring().size() + ": ";
        if (ring.pinned() != null) {
            return head + "pinned by you";
        }
        if (evidence.interactions() == 0) {
            return head + "no conversations yet";
        }
        String talks = count(ring.meaningful(), MEANINGFUL_TALK, MEANINGFUL_TALKS)
                + " in the year up to the latest conversation";
        if (ring.movedOut()) {
            return head + talks + " would give ring " + ring.earned().size() + ", but the rings inside are full";
        }
        return head + talks;
    }

    private String agoOf(LocalDate date) {
        return DaysAgo.ago(Days.of(insight.asOf()) - Days.of(date));
    }
}
