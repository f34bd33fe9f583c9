package app.kith.insight;

import app.kith.domain.Coded;

/** Whether the contact with a person is mostly substance (chat) or mostly small talk (chit). */
public enum Kind implements Coded {
    CHAT("chat", "Chat"),
    CHIT("chit", "Chit");

    /**
     * A third of the contact being personal or deep is already chat: even close friendships are
     * mostly news and small talk by count.
     */
    static final double CHAT_SHARE = 0.35;

    private final String code;
    private final String label;

    Kind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Chat or chit from the chat share; null when there is no conversation that counts. */
    static Kind of(Figures figures, Evidence evidence) {
        if (evidence.interactions() == 0 || figures.warmth() == 0) {
            return null;
        }
        return figures.chatShare() >= CHAT_SHARE ? CHAT : CHIT;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
