package app.kith.cli;

import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;

/**
 * A favour as typed after {@code --gave} or {@code --received}: {@code [NAME=]SIZE:KIND[:TEXT]}, e.g.
 * {@code medium:advice:CV review} or, in a conversation with several people, {@code Maya=small:help:moved the sofa}.
 *
 * @param person whose favour it is as typed, or null for the conversation's only person
 * @param description the text, or null
 */
record FavourSpec(String person, FavourSize size, FavourKind kind, String description) {

    static FavourSpec parse(String option, String typed) {
        String rest = typed;
        String person = null;
        int equals = typed.indexOf('=');
        if (equals > 0 && typed.lastIndexOf(':', equals) < 0) {
            person = typed.substring(0, equals).strip();
            rest = typed.substring(equals + 1);
        }
        String[] parts = rest.split(":", 3);
        if (parts.length < 2) {
            throw new WrongValue(option + " \"" + typed + "\": write the favour as SIZE:KIND:TEXT, e.g. "
                    + "medium:advice:CV review.");
        }
        FavourSize size = part(option, typed, "size", FavourSize.class, parts[0]);
        FavourKind kind = part(option, typed, "kind", FavourKind.class, parts[1]);
        return new FavourSpec(person, size, kind, parts.length == 3 ? parts[2] : null);
    }

    private static <E extends Enum<E> & app.kith.domain.Coded> E part(String option, String typed, String what,
                                                                       Class<E> type, String text) {
        try {
            return app.kith.domain.Coded.parse(type, text.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WrongValue(option + " \"" + typed + "\": the " + what + " \"" + text.strip() + "\" is not one of "
                    + app.kith.domain.Coded.codes(type) + ".");
        }
    }
}
