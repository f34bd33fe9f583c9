package app.kith.insight;

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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Not a test: a bench main, run on demand, that scores the "L" journal of PRODUCT.md (10,000 people,
 * 1,000,000 interactions, 100,000 favours over 20 years) and prints medians. Run with
 * {@code java -cp target/classes:target/test-classes:<dependencies> app.kith.insight.InsightBench [rounds]}.
 */
public final class InsightBench {

    private InsightBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        LocalDate today = LocalDate.of(2026, 11, 22);
        Random random = new Random(42);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            people.add(Person.builder().name("Person " + i).kin(i % 40 == 0).build());
        }
        List<Interaction> interactions = interactions(people, 1_000_000, today, random);
        List<Favour> favours = favours(people, 100_000, today, random);
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            followUps.add(FollowUp.create(people.get(random.nextInt(people.size())).id(),
                    today.minusDays(random.nextInt(60) - 30), "call"));
        }

        long start = System.nanoTime();
        Map<UUID, PersonTimeline> timelines = PersonTimeline.allOf(interactions, favours);
        System.out.printf("build timelines from records: %.0f ms%n", (System.nanoTime() - start) / 1e6);

        long bytes = 0;
        start = System.nanoTime();
        for (PersonTimeline timeline : timelines.values()) {
            bytes += TimelineCodec.encodeInteractions(timeline).length + TimelineCodec.encodeFavours(timeline).length;
        }
        System.out.printf("encode all: %.0f ms, %d bytes in all (%.1f per entry)%n", (System.nanoTime() - start) / 1e6,
                bytes, bytes / 1_100_000.0);

        double[] times = new double[rounds];
        double[] cpuTimes = new double[rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        JournalInsight insight = null;
        for (int round = 0; round < rounds; round++) {
            start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            insight = JournalInsight.compute(people, timelines, followUps, Map.of(), today, HalfLife.DEFAULT);
            cpuTimes[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            times[round] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(cpuTimes);
        System.out.printf("score L as of today: median %.1f ms (thread CPU %.1f ms), best %.1f ms, worst %.1f ms"
                + " over %d rounds%n", times[rounds / 2], cpuTimes[rounds / 2], times[0], times[rounds - 1], rounds);
        System.out.printf("review queue: %d people; ring 5: %d, 15: %d%n", insight.reviewQueue().size(),
                insight.inRing(app.kith.domain.Ring.FIVE).size(), insight.inRing(app.kith.domain.Ring.FIFTEEN).size());
        incremental(today, random);
    }

    /** Adding one conversation to a person with 5,000 entries, as logging does. */
    private static void incremental(LocalDate today, Random random) {
        Person person = Person.named("Busy");
        List<Interaction> history = interactions(List.of(person), 5_000, today, random);
        PersonTimeline timeline = PersonTimeline.of(person.id(), history, List.of());
        double[] times = new double[1_001];
        for (int i = 0; i < times.length; i++) {
            Interaction one = interactions(List.of(person), 1, today, random).get(0);
            long start = System.nanoTime();
            byte[] encoded = TimelineCodec.encodeInteractions(
                    TimelineCodec.decode(person.id(), TimelineCodec.encodeInteractions(timeline), null).with(one));
            times[i] = (System.nanoTime() - start) / 1e6;
            if (encoded.length == 0) {
                throw new IllegalStateException();
            }
        }
        Arrays.sort(times);
        System.out.printf("decode + add one + encode, 5,000 entries: median %.3f ms%n", times[times.length / 2]);
    }

    private static List<Interaction> interactions(List<Person> people, int count, LocalDate today, Random random) {
        List<Interaction> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // A few people take most conversations, as in a real journal.
            int first = (int) (people.size() * Math.pow(random.nextDouble(), 2));
            List<UUID> with = random.nextInt(10) == 0 && people.size() > 1
                    ? List.of(people.get(first).id(), people.get((first + 1) % people.size()).id())
                    : List.of(people.get(first).id());
            list.add(new Interaction(UUID.randomUUID(), today.minusDays(random.nextInt(20 * 365)), null,
                    Channel.values()[random.nextInt(7)], Depth.values()[random.nextInt(4)],
                    random.nextBoolean() ? Initiator.values()[random.nextInt(3)] : null,
                    random.nextBoolean() ? 5 + random.nextInt(120) : null, with, null));
        }
        return list;
    }

    private static List<Favour> favours(List<Person> people, int count, LocalDate today, Random random) {
        List<Favour> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new Favour(UUID.randomUUID(), today.minusDays(random.nextInt(20 * 365)),
                    people.get(random.nextInt(people.size())).id(), FavourDirection.values()[random.nextInt(2)],
                    FavourSize.values()[random.nextInt(3)], FavourKind.HELP, null,
                    FavourStatus.values()[random.nextInt(2)], null));
        }
        return list;
    }
}
