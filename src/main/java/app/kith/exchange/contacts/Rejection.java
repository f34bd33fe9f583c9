package app.kith.exchange.contacts;

/**
 * A record of a contacts file that is not imported, and why, e.g. line 40: "the card is cut off: the
 * file ends before its END:VCARD". The rest of the file is imported all the same.
 */
public record Rejection(int line, String reason) {
}
