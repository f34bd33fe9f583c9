package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewAction;
import app.kith.domain.ReviewDecision;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A small journal with something of every kind, for tests that compare a journal before and after. */
final class SampleEntries {

    private SampleEntries() {
    }

    static void fill(Journal journal) {
        LocalDate today = JournalTest.TODAY;
        Person zoe = PersonRepositoryTest.everything();
        Person ada = Person.builder().name("Ada").tags(List.of("friends")).emails(List.of("ada@example.org")).build();
        Person bea = Person.named("Bea");
        for (Person person : List.of(zoe, ada, bea)) {
            journal.people().add(person);
        }
        for (int week = 0; week < 12; week++) {
            Interaction call = new Interaction(UUID.randomUUID(), today.minusWeeks(week), LocalTime.of(19, week),
                    Channel.values()[week % Channel.values().length], Depth.values()[week % Depth.values().length],
                    Initiator.values()[week % Initiator.values().length], 10 + week,
                    week % 3 == 0 ? List.of(ada.id(), bea.id()) : List.of(ada.id()),
                    "week " + week);
            List<Favour> favours = week % 4 == 0
                    ? List.of(Favour.create(call.date(), ada.id(), FavourDirection.RECEIVED, FavourSize.LARGE,
                    FavourKind.HOSPITALITY, "dinner", FavourStatus.DONE, call.id()))
                    : List.of();
            FollowUp followUp = week == 1 ? FollowUp.create(ada.id(), today.plusDays(3), "Book the table") : null;
            journal.interactions().log(call, favours, followUp);
        }
        journal.favours().add(Favour.create(today, zoe.id(), FavourDirection.GIVEN, FavourSize.SMALL,
                FavourKind.INTRODUCTION, "to the translator", FavourStatus.PROMISED, null));
        journal.reviews().add(new Review(UUID.randomUUID(), today.minusDays(7), List.of(
                new ReviewDecision(bea.id(), ReviewAction.SNOOZED, today.plusDays(7), null),
                new ReviewDecision(zoe.id(), ReviewAction.CADENCE, null, 30))));
        journal.settings().setHalfLifeDays(180);
        journal.settings().put("ui.theme", "dark");
    }
}
