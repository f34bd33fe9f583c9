package app.kith.exchange.ics;

import java.nio.charset.StandardCharsets;

/**
 * Folds content lines as RFC 5545 (3.1) asks: no line longer than 75 octets of UTF-8, a longer one continued on
 * the next line after CRLF and one space. Lines are cut between characters, never inside a character's bytes or
 * between the two halves of a surrogate pair. (The library writing the calendar folds by characters, which lets
 * a line of accented or non-Latin letters run past 75 octets.)
 */
final class OctetFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private OctetFolding() {
    }

    /** Folds every line of unfolded iCalendar text whose lines end with CRLF. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded.substring(start, end), folded);
            folded.append(CRLF);
            start = end + CRLF.length();
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
    }
}
