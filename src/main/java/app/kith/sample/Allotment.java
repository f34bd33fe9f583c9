package app.kith.sample;

import java.util.Arrays;
import java.util.List;
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
     * @param natural how many a person would have in a real journal of this many years
     * @return one count per member, in cast order, adding up to {@code total}
     */
    static int[] split(List<CastMember> cast, int total, ToDoubleFunction<CastMember> natural) {
        double core = 0;
        double tail = 0;
        double[] weights = new double[cast.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = natural.applyAsDouble(cast.get(i));
            if (cast.get(i).persona().isCore()) {
                core += weights[i];
            } else {
                tail += weights[i];
            }
        }
        if (core + tail <= 0) {
            Arrays.fill(weights, 1);
        } else if (tail > 0 && core < 0.6 * total) {
            double tailScale = (total - core) / tail;
            for (int i = 0; i < weights.length; i++) {
                if (!cast.get(i).persona().isCore()) {
                    weights[i] *= tailScale;
                }
            }
        }
        return Apportion.split(total, weights);
    }
}
