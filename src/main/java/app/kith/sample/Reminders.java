package app.kith.sample;

import app.kith.domain.FollowUp;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Follow-ups (some due, some done) and the reviews I held in the last months. */
final class Reminders {

    private static final int REVIEWS = 6;

    private final Dice dice;
    private final SampleIds ids;
    private final LocalDate today;

    Reminders(Dice dice, SampleIds ids, LocalDate today) {
        this.dice = dice;
        this.ids = ids;
        this.today = today;
    }

    List<FollowUp> followUps(List<CastMember> cast) {
        List<FollowUp> followUps = new ArrayList<>();
        for (CastMember member : cast) {
            if (member.persona() == Persona.HELPER) {
                // Sam has done a lot for me lately: thanking him properly is on my list, and overdue.
                followUps.add(new FollowUp(ids.next(), member.person().id(), today.minusDays(dice.between(1, 10)),
                        "Thank them properly: invite them for dinner.", false));
            }
            boolean close = member.persona() == Persona.CLOSE_FRIEND || member.persona() == Persona.KIN;
            if (member.person().archived() || !dice.chance(close ? 0.3 : 0.06)) {
                continue;
            }
            for (int n = dice.between(1, 2); n > 0; n--) {
                LocalDate due = dice.dayBetween(today.minusDays(60), today.plusDays(30));
                boolean done = due.isBefore(today.minusDays(7)) && dice.chance(0.6);
                followUps.add(new FollowUp(ids.next(), member.person().id(), due, dice.pick(Phrases.FOLLOW_UPS), done));
            }
        }
        return followUps;
    }

    /** About monthly reviews, the latest one a few weeks ago, each deciding for a handful of people. */
    List<Review> reviews(List<CastMember> cast, LocalDate firstDay) {
        List<Review> reviews = new ArrayList<>();
        for (int k = REVIEWS; k >= 1; k--) {
            LocalDate held = today.minusDays(30L * k - dice.between(0, 5));
            if (held.isBefore(firstDay)) {
                continue;
            }
            List<ReviewDecision> decisions = decisions(cast, held);
            if (!decisions.isEmpty()) {
                reviews.add(new Review(ids.next(), held, decisions));
            }
        }
        return reviews;
    }

    private List<ReviewDecision> decisions(List<CastMember> cast, LocalDate held) {
        List<ReviewDecision> decisions = new ArrayList<>();
        Set<UUID> decided = new HashSet<>();
        int wanted = dice.between(3, 8);
        for (int attempt = 0; attempt < 10 * wanted && decisions.size() < wanted; attempt++) {
            CastMember member = dice.pick(cast);
            UUID person = member.person().id();
            if (!member.from().isBefore(held) || !decided.add(person)) {
                continue;
            }
            decisions.add(decision(member, held));
        }
        return decisions;
    }

    private ReviewDecision decision(CastMember member, LocalDate held) {
        UUID person = member.person().id();
        if (member.person().archived()) {
            return ReviewDecision.of(person, ReviewAction.LET_GO);
        }
        return switch (dice.weighted(new int[] {45, 20, 15, 20})) {
            case 0 -> ReviewDecision.of(person, ReviewAction.LOGGED);
            case 1 -> new ReviewDecision(person, ReviewAction.SNOOZED, held.plusDays(dice.between(14, 60)), null);
            case 2 -> new ReviewDecision(person, ReviewAction.CADENCE, null, dice.pick(List.of(30, 60, 90)));
            default -> ReviewDecision.of(person, ReviewAction.SKIPPED);
        };
    }
}
