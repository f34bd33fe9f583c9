package app.kith.sample;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The favours that passed between me and one person, some of them tied to a conversation. */
final class Favours {

    private static final FavourKind[] KINDS = FavourKind.values();
    private static final FavourSize[] SIZES = FavourSize.values();

    private final Dice dice;
    private final SampleIds ids;
    private final LocalDate today;

    Favours(Dice dice, SampleIds ids, LocalDate today) {
        this.dice = dice;
        this.ids = ids;
        this.today = today;
    }

    /**
     * Exactly {@code count} favours with the member.
     *
     * @param conversations the member's conversations, to tie some favours to
     */
    List<Favour> with(CastMember member, int count, List<Interaction> conversations) {
        Persona persona = member.persona();
        // Sam's and Raj's favours are recent, so that they still weigh: I owe Sam now, and Raj owes me.
        LocalDate from = switch (persona) {
            case HELPER -> latest(member.from(), member.to().minusDays(250));
            case ASKER -> latest(member.from(), member.to().minusDays(600));
            default -> member.from();
        };
        List<Interaction> candidates = conversations.stream().filter(i -> !i.date().isBefore(from)).toList();
        List<Favour> favours = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Interaction tie = !candidates.isEmpty() && dice.chance(persona == Persona.ASKER ? 0.8 : 0.4)
                    ? dice.pick(candidates) : null;
            LocalDate day = tie != null ? tie.date() : dice.dayBetween(from, member.to());
            FavourKind kind = kind(persona);
            favours.add(new Favour(ids.next(), day, member.person().id(), direction(persona), size(persona), kind,
                    Phrases.favour(kind, dice), status(day), tie == null ? null : tie.id()));
        }
        return favours;
    }

    private FavourDirection direction(Persona persona) {
        return dice.between(1, 100) <= persona.givenPercent() ? FavourDirection.GIVEN : FavourDirection.RECEIVED;
    }

    private FavourSize size(Persona persona) {
        return switch (persona) {
            case HELPER -> FavourSize.LARGE;
            case ASKER -> SIZES[dice.weighted(new int[] {60, 35, 5})];
            default -> SIZES[dice.weighted(new int[] {60, 30, 10})];
        };
    }

    private FavourKind kind(Persona persona) {
        return switch (persona) {
            case KIN -> dice.pick(new FavourKind[] {FavourKind.GIFT, FavourKind.HOSPITALITY, FavourKind.HELP});
            case ASKER -> dice.pick(new FavourKind[] {FavourKind.HELP, FavourKind.ADVICE, FavourKind.INTRODUCTION,
                FavourKind.LOAN});
            case HELPER -> dice.pick(new FavourKind[] {FavourKind.HELP, FavourKind.INTRODUCTION, FavourKind.ADVICE});
            default -> dice.pick(KINDS);
        };
    }

    /** Recent favours are sometimes still only promised. */
    private FavourStatus status(LocalDate day) {
        boolean recent = day.isAfter(today.minusDays(60));
        return dice.chance(recent ? 0.4 : 0.03) ? FavourStatus.PROMISED : FavourStatus.DONE;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
