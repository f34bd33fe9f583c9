package app.kith.sample;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * How many conversations (or favours) each person gets so that the totals are exactly what was
 * asked for. The core personas keep their natural number, so that Maya is still seen every week
 * or two in any size of journal; the long tail grows or shrinks to make up the rest. Only when the
 * request is too small even for the core does everyone shrink alike.
 */
final class Allotment {

    private Allotment() {
    }

    /** Chris has just the few catch-ups of his first weeks; everyone else their persona's rate. */
    static double naturalInteractions(CastMember member) {
        Persona persona = member.persona();
        return persona == Persona.NEW_COLLEAGUE ? 3 : persona.interactionsPerYear() * member.years();
    }

    /** Raj has asked for eight or more favours, Sam has done three or four big ones for me. */
    static double naturalFavours(CastMember member, Dice dice) {
        return switch (member.persona()) {
            case ASKER -> dice.between(8, 12);
            case HELPER -> dice.between(3, 4);
            default -> member.persona().favoursPerYear() * member.years();
        };
    }

    /**
     * The long tail's real talks grow at most this much (a friend seen six times a year stays in
     * the ring of fifty); small talk with acquaintances still in touch takes up the rest.
     */
    static final double MOST_TAIL_GROWTH = 1.2;

    /** Conversations: when many are asked for, the extra ones are small talk with acquaintances. */
    static int[] interactions(List<CastMember> cast, int total, LocalDate today) {
        LocalDate recently = today.minusDays(60);
        return split(cast, total, Allotment::naturalInteractions,
                member -> member.persona().absorbsVolume() && member.to().isAfter(recently));
    }

    /** Favours: the long tail grows or shrinks alike. */
    static int[] favours(List<CastMember> cast, int total, Dice dice) {
        return split(cast, total, member -> naturalFavours(member, dice), member -> false);
    }

    /**
     * @param natural how many a person would have in a real journal of this many years
     * @param absorbs who takes the growth beyond {@link #MOST_TAIL_GROWTH} when anyone does;
     *     when nobody does, the long tail grows alike
     * @return one count per member, in cast order, adding up to {@code total}
     */
    private static int[] split(List<CastMember> cast, int total, ToDoubleFunction<CastMember> natural,
                               Predicate<CastMember> absorbs) {
        double core = 0;
        double tail = 0;
        double absorbing = 0;
        double[] weights = new double[cast.size()];
        for (int i = 0; i < weights.length; i++) {
            Persona persona = cast.get(i).persona();
            weights[i] = natural.applyAsDouble(cast.get(i));
            core += persona.isCore() ? weights[i] : 0;
            tail += persona.isCore() ? 0 : weights[i];
            absorbing += absorbs.test(cast.get(i)) ? weights[i] : 0;
        }
        if (core + tail <= 0) {
            Arrays.fill(weights, 1);
            return Apportion.split(total, weights);
        }
        if (tail <= 0 || core >= 0.6 * total) {
            return Apportion.split(total, weights);
        }
        double growth = (total - core) / tail;
        double otherGrowth = growth;
        double absorbingGrowth = growth;
        if (growth > MOST_TAIL_GROWTH && absorbing > 0) {
            otherGrowth = MOST_TAIL_GROWTH;
            absorbingGrowth = (total - core - MOST_TAIL_GROWTH * (tail - absorbing)) / absorbing;
        }
        for (int i = 0; i < weights.length; i++) {
            if (!cast.get(i).persona().isCore()) {
                weights[i] *= absorbs.test(cast.get(i)) ? absorbingGrowth : otherGrowth;
            }
        }
        return Apportion.split(total, weights);
    }
}
