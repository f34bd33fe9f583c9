package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FollowUp;
import app.kith.domain.ImportantDate;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A journal built by hand so that every card of Today can be worked out with pencil and paper, as of T, Saturday
 * 20 February 2027 (a common year, so that a 29 February birthday falls on the 28th):
 *
 * <ul>
 * <li>Coming up (T … T + 14 = 6 March): Cat's wedding anniversary 2014-02-20 today (13 years); Ann's birthday
 *     1988-02-29 on 28 Feb (39); Ben's birthday --03-01 on 1 Mar (no year); Fay's "moved in" 2027-03-01 on the
 *     same day (0 years, after Ben by name); Eve's name day --03-06 on the last day (no year). Not shown: Eve's
 *     birthday 1980-03-07 (T + 15), Cat's birthday in June, archived Dan's birthday --02-21.</li>
 * <li>Month mix, March 2026 … February 2027: February holds small talk 2 (i3, and i7 with archived Dan), catch-up
 *     1 (i8), personal 1 (i1, with Ann and Ben: counted once), deep 1 (i2); March 2026 catch-up 1 (i5); every
 *     other month 0. Not counted: i4 (21 Feb, after T), i6 (28 Feb 2026, before the first month).</li>
 * <li>Recent (14 … 20 Feb), newest first: i7 (20 Feb 09:00, Dan Wu), i8 (20 Feb, no time, Fay Ng), i1 (19 Feb,
 *     Ann Lee and Ben Ito), i2 (14 Feb, Cat Roy). Not i3 (13 Feb).</li>
 * <li>Follow-ups due: Ann's "Send the photos" (10 Feb), Ben's "Call about the move" (today). Not Cat's (tomorrow),
 *     archived Dan's, or Fay's done one.</li>
 * <li>The review queue, highest priority first: Eve (cadence 30, 356 days since her email: r = 11.9, ring 150,
 *     log2(12.9) = 3.69), Jon (cadence 10, 80 days: log2(9) = 3.17), Ann and Ben (a follow-up due: 3, by name),
 *     Ivy (60 days: log2(7) = 2.81), Hal (50 days: 2.58), Gil (40 days: 2.32). Reach out: the first five.</li>
 * <li>No review held yet: the prompt says so.</li>
 * </ul>
 */
public final class TodayJournal {

    public static final LocalDate T = LocalDate.of(2027, 2, 20);
    public static final Clock CLOCK = Clock.fixed(T.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    public final Person ann = Person.builder().name("Ann Lee").birthday(PartialDate.parse("1988-02-29"))
            .cadenceDays(30).build();
    public final Person ben = Person.builder().name("Ben Ito").birthday(PartialDate.parse("--03-01"))
            .cadenceDays(30).build();
    public final Person cat = Person.builder().name("Cat Roy").birthday(PartialDate.parse("1990-06-01"))
            .dates(List.of(new ImportantDate("wedding anniversary", PartialDate.parse("2014-02-20")))).build();
    public final Person dan = Person.builder().name("Dan Wu").birthday(PartialDate.parse("--02-21"))
            .archived(true).build();
    public final Person eve = Person.builder().name("Eve Moss").birthday(PartialDate.parse("1980-03-07"))
            .dates(List.of(new ImportantDate("name day", PartialDate.parse("--03-06")))).cadenceDays(30).build();
    public final Person fay = Person.builder().name("Fay Ng")
            .dates(List.of(new ImportantDate("moved in", PartialDate.parse("2027-03-01")))).build();
    public final Person gil = cadenced("Gil Orr");
    public final Person hal = cadenced("Hal Park");
    public final Person ivy = cadenced("Ivy Quinn");
    public final Person jon = cadenced("Jon Reyes");

    public final Interaction i1 = talk(T.minusDays(1), null, Channel.CALL, Depth.PERSONAL, ann, ben);
    public final Interaction i2 = talk(T.minusDays(6), null, Channel.IN_PERSON, Depth.DEEP, cat);
    public final Interaction i3 = talk(T.minusDays(7), null, Channel.MESSAGE, Depth.SMALL_TALK, ann);
    public final Interaction i4 = talk(T.plusDays(1), null, Channel.VIDEO, Depth.CATCH_UP, ben);
    public final Interaction i5 = talk(LocalDate.of(2026, 3, 1), null, Channel.EMAIL, Depth.CATCH_UP, eve);
    public final Interaction i6 = talk(LocalDate.of(2026, 2, 28), null, Channel.SOCIAL, Depth.SMALL_TALK, eve);
    public final Interaction i7 = talk(T, LocalTime.of(9, 0), Channel.MESSAGE, Depth.SMALL_TALK, dan);
    public final Interaction i8 = talk(T, null, Channel.CALL, Depth.CATCH_UP, fay);

    public final FollowUp annPhotos = FollowUp.create(ann.id(), LocalDate.of(2027, 2, 10), "Send the photos");
    public final FollowUp benMove = FollowUp.create(ben.id(), T, "Call about the move");
    public final FollowUp catTomorrow = FollowUp.create(cat.id(), T.plusDays(1), "Ask about the trip");
    public final FollowUp danArchived = FollowUp.create(dan.id(), LocalDate.of(2027, 2, 1), "Return the book");
    public final FollowUp fayDone = new FollowUp(UUID.randomUUID(), fay.id(), LocalDate.of(2027, 1, 5),
            "Help with the boxes", true);

    /** Writes everything into the (empty) journal. */
    public TodayJournal writeTo(Journal journal) {
        for (Person person : List.of(ann, ben, cat, dan, eve, fay, gil, hal, ivy, jon)) {
            journal.people().add(person);
        }
        for (Interaction interaction : List.of(i1, i2, i3, i4, i5, i6, i7, i8)) {
            journal.interactions().add(interaction);
        }
        journal.interactions().add(talk(T.minusDays(40), null, Channel.CALL, Depth.PERSONAL, gil));
        journal.interactions().add(talk(T.minusDays(50), null, Channel.CALL, Depth.PERSONAL, hal));
        journal.interactions().add(talk(T.minusDays(60), null, Channel.CALL, Depth.PERSONAL, ivy));
        journal.interactions().add(talk(T.minusDays(80), null, Channel.CALL, Depth.PERSONAL, jon));
        for (FollowUp followUp : List.of(annPhotos, benMove, catTomorrow, danArchived, fayDone)) {
            journal.followUps().add(followUp);
        }
        return this;
    }

    private static Person cadenced(String name) {
        return Person.builder().name(name).cadenceDays(10).build();
    }

    private static Interaction talk(LocalDate day, LocalTime time, Channel channel, Depth depth, Person... with) {
        return new Interaction(UUID.randomUUID(), day, time, channel, depth, Initiator.ME, null,
                List.of(with).stream().map(Person::id).toList(), null);
    }
}
