package app.kith.exchange.vcard;

import ezvcard.VCard;
import ezvcard.property.RawProperty;
import ezvcard.property.VCardProperty;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label Apple and Google give a property through an item group ({@code item1.X-ABDATE} beside
 * {@code item1.X-ABLabel:Wedding}); Apple's own labels look like {@code _$!<Anniversary>!$_}.
 */
final class AppleLabels {

    private static final Pattern BUILT_IN = Pattern.compile("_\\$!<(.*)>!\\$_");

    private AppleLabels() {
    }

    /** The property's label, or {@code fallback} when it has none (an item group without X-ABLabel). */
    static String of(VCard card, VCardProperty property, String fallback) {
        String group = property.getGroup();
        if (group == null) {
            return fallback;
        }
        for (RawProperty label : card.getExtendedProperties("X-ABLABEL")) {
            if (group.equalsIgnoreCase(label.getGroup()) && label.getValue() != null && !label.getValue().isBlank()) {
                return words(CardMapper.repaired(label, label.getValue().strip()));
            }
        }
        return fallback;
    }

    private static String words(String label) {
        Matcher builtIn = BUILT_IN.matcher(label);
        return builtIn.matches() ? builtIn.group(1).toLowerCase(Locale.ROOT) : label;
    }
}
