package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Everything a journal shows through its repositories, to compare a journal before and after. */
record JournalSnapshot(
        JournalCounts counts,
        List<Person> people,
        List<PersonSummary> summaries,
        Map<UUID, List<Interaction>> timelines,
        Map<UUID, List<Favour>> favours,
        Map<UUID, List<FollowUp>> followUps,
        List<Review> reviews,
        int halfLifeDays,
        Optional<String> theme) {

    static JournalSnapshot of(Journal journal) {
        List<Person> people = journal.people().all();
        Map<UUID, List<Interaction>> timelines = new LinkedHashMap<>();
        Map<UUID, List<Favour>> favours = new LinkedHashMap<>();
        Map<UUID, List<FollowUp>> followUps = new LinkedHashMap<>();
        for (Person person : people) {
            timelines.put(person.id(), journal.interactions().forPerson(person.id(), 0, Integer.MAX_VALUE));
            favours.put(person.id(), journal.favours().forPerson(person.id()));
            followUps.put(person.id(), journal.followUps().forPerson(person.id()));
        }
        return new JournalSnapshot(journal.counts(), people, journal.people().summaries(), timelines, favours,
                followUps, journal.reviews().all(), journal.settings().halfLifeDays(),
                journal.settings().get("ui.theme"));
    }
}
