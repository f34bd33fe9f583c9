package app.kith.sample;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes the conversations I had with one person, in the rhythm and tone of their persona. */
final class Conversations {

    private static final Channel[] CHANNELS = Channel.values();
    private static final Depth[] DEPTHS = Depth.values();
    private static final Initiator[] INITIATORS = Initiator.values();

    private final Dice dice;
    private final SampleIds ids;
    private final Circles circles;

    Conversations(Dice dice, SampleIds ids, Circles circles) {
        this.dice = dice;
        this.ids = ids;
        this.circles = circles;
    }

    /** Exactly {@code count} conversations within the member's days, oldest first. */
    List<Interaction> with(CastMember member, int count) {
        List<Interaction> interactions = new ArrayList<>(count);
        for (LocalDate day : days(member, count)) {
            interactions.add(conversation(member, day));
        }
        return interactions;
    }

    /**
     * Evenly spread with a little chance in each stretch, so that the rhythm reads as "every week
     * or two"; colleagues are seen on workdays.
     */
    private List<LocalDate> days(CastMember member, int count) {
        long first = member.from().toEpochDay();
        long span = member.to().toEpochDay() - first + 1;
        List<LocalDate> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + (long) Math.floor((i + dice.fraction()) * span / count));
            if (member.persona().atWork()) {
                day = workday(day, member);
            }
            days.add(day);
        }
        return days;
    }

    private static LocalDate workday(LocalDate day, CastMember member) {
        LocalDate friday = day.with(DayOfWeek.FRIDAY);
        if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
            return day;
        }
        return member.knownOn(friday) ? friday : day;
    }

    private Interaction conversation(CastMember member, LocalDate day) {
        Persona persona = member.persona();
        Channel channel = CHANNELS[dice.weighted(persona.channelWeights())];
        Depth depth = DEPTHS[dice.weighted(persona.depthWeights())];
        Initiator initiator = dice.chance(0.9) ? INITIATORS[dice.weighted(persona.initiativeWeights())] : null;
        List<UUID> people = new ArrayList<>(5);
        people.add(member.person().id());
        boolean group = channel == Channel.IN_PERSON && member.circle() >= 0 && dice.chance(persona.groupChance());
        if (group) {
            people.addAll(circles.guests(member, day, dice.between(1, 4), dice));
            depth = dice.chance(0.5) ? Depth.CATCH_UP : Depth.PERSONAL;
            initiator = dice.chance(0.5) ? Initiator.MUTUAL : initiator;
        }
        return new Interaction(ids.next(), day, time(persona, channel), channel, depth, initiator,
                minutes(persona, channel, depth, group), people, notes(persona, depth, group && people.size() > 1));
    }

    private LocalTime time(Persona persona, Channel channel) {
        boolean spoken = channel == Channel.IN_PERSON || channel == Channel.CALL || channel == Channel.VIDEO;
        if (!dice.chance(spoken ? 0.5 : 0.2)) {
            return null;
        }
        int quarter = persona.atWork() ? dice.between(9 * 4, 17 * 4) : dice.between(8 * 4, 21 * 4 + 2);
        return LocalTime.of(quarter / 4, quarter % 4 * 15);
    }

    private Integer minutes(Persona persona, Channel channel, Depth depth, boolean group) {
        if (dice.chance(0.2)) {
            return null;
        }
        return switch (channel) {
            case IN_PERSON -> group ? dice.between(120, 240)
                    : persona == Persona.COLLEAGUE || depth == Depth.SMALL_TALK ? dice.between(5, 20)
                    : dice.between(30, 180);
            case CALL -> persona == Persona.ASKER ? dice.between(10, 30) : dice.between(5, 60);
            case VIDEO -> dice.between(20, 60);
            default -> null;
        };
    }

    private String notes(Persona persona, Depth depth, boolean group) {
        if (group) {
            return dice.pick(Phrases.GROUP);
        }
        double blank = persona.atWork() || depth == Depth.SMALL_TALK ? 0.7 : 0.35;
        return dice.chance(blank) ? null : Phrases.note(depth, dice);
    }
}
