package app.kith.exchange.vcard;

/**
 * The fields Kith keeps that vCard has no property for, written as X-KITH-* properties so that an
 * exported vCard comes back into Kith without loss; other address books ignore them.
 */
final class KithProperties {

    static final String HOW_WE_MET = "X-KITH-HOW-WE-MET";
    static final String MET_ON = "X-KITH-MET-ON";
    static final String MATTERS_TO_THEM = "X-KITH-MATTERS-TO-THEM";
    static final String KIN = "X-KITH-KIN";
    static final String RING = "X-KITH-RING";
    static final String CADENCE_DAYS = "X-KITH-CADENCE-DAYS";
    static final String ARCHIVED = "X-KITH-ARCHIVED";

    private KithProperties() {
    }

    /** Raw property values carry no escaping of their own: line breaks and backslashes are escaped here. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
