package app.kith.ui.review;

import java.util.List;
import java.util.UUID;

/**
 * One person as the review shows them: everything the card says, in words.
 *
 * @param reason why the review brings them up, in large type
 * @param ring "Ring 15 · Good friends", or "Outside the rings"
 * @param labels Chat or Chit, the balance, the initiative and the status, each with its code for its colour
 * @param cadence how often, and where that comes from
 * @param overdue how the silence compares with the cadence
 * @param overdueCode "due", "overdue", "lapsing" (its colour), or "" when not overdue
 * @param lastConversation "Deep · In person · 90 min · 12 Sep 2025 · with Ben Okafor", or that there is none
 * @param lastNote the first line of that conversation's notes, or ""
 * @param matters what matters to them, or "" when nothing is written
 * @param favours the favours still promised, both ways
 * @param followUps the follow-ups due, with when
 * @param loading true while the details (last conversation, what matters, favours) are still being read
 */
public record ReviewCard(UUID person, String name, String reason, String ring, int depth, List<Chip> labels,
                         String cadence, String overdue, String overdueCode, String lastConversation,
                         String lastNote, String matters, List<String> favours, List<String> followUps,
                         boolean loading) {

    /** A label as a chip: its words and the code its colour comes from. */
    public record Chip(String text, String code) {
    }

    public ReviewCard {
        labels = List.copyOf(labels);
        favours = List.copyOf(favours);
        followUps = List.copyOf(followUps);
    }
}
