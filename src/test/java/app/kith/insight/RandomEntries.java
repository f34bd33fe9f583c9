package app.kith.insight;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Seeded conversations and favours with every field varied, for round trips and incremental builds. */
final class RandomEntries {

    private final Random random;
    private final UUID person;

    RandomEntries(long seed, UUID person) {
        this.random = new Random(seed);
        this.person = person;
    }

    List<Interaction> interactions(int count, LocalDate around) {
        List<Interaction> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<UUID> people = new ArrayList<>();
            people.add(person);
            int others = random.nextInt(4) == 0 ? 1 + random.nextInt(300) : 0;
            for (int j = 0; j < others; j++) {
                people.add(new UUID(7, j));
            }
            // Few distinct days, so that several entries share a day and some are equal in every column.
            LocalDate date = around.minusDays(random.nextInt(40) * 37L - 100);
            list.add(new Interaction(UUID.randomUUID(), date, null, pick(Channel.values()), pick(Depth.values()),
                    random.nextBoolean() ? null : pick(Initiator.values()),
                    random.nextBoolean() ? null : random.nextInt(Interaction.MAX_MINUTES + 1), people, null));
        }
        return list;
    }

    List<Favour> favours(int count, LocalDate around) {
        List<Favour> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Favour(UUID.randomUUID(), around.minusDays(random.nextInt(30) * 50L - 100), person,
                    pick(FavourDirection.values()), pick(FavourSize.values()), pick(FavourKind.values()), null,
                    pick(FavourStatus.values()), null));
        }
        return list;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}
