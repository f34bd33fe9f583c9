package app.kith.sample;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test support: collects a told story in lists, with per-person views for the persona checks. */
final class StoryBook extends ToldSample {

    static StoryBook tell(SampleSpec spec, LocalDate today) {
        StoryBook book = new StoryBook();
        book.collect(spec, today);
        return book;
    }

    /** Each person's conversations, oldest first. */
    Map<UUID, List<Interaction>> interactionsByPerson() {
        Map<UUID, List<Interaction>> byPerson = new HashMap<>();
        for (Interaction interaction : interactions) {
            for (UUID person : interaction.people()) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(interaction);
            }
        }
        byPerson.values().forEach(list -> list.sort((a, b) -> a.date().compareTo(b.date())));
        return byPerson;
    }

    long favours(UUID person, FavourDirection direction) {
        return favours.stream().filter(f -> f.person().equals(person) && f.direction() == direction).count();
    }
}
