package app.kith.ui.common;

/**
 * Offers the user a way back from something that would hurt if done by mistake (a deletion):
 * the window shows the message with an Undo button (and Shortcut+Z) for a few seconds, and says so
 * there if putting it back fails.
 */
public interface UndoOffer {

    /**
     * @param message what was done, e.g. "Deleted Maya Cole"
     * @param undo puts it back; runs on the FX thread and starts its own background write
     */
    void offer(String message, Runnable undo);

    /**
     * Says that putting something back failed, in the same place the offer was made (the dialog or
     * page that made it may be gone by then).
     *
     * @param sentence what could not be done and what to do, e.g. "Kith could not bring Maya Cole back."
     */
    void failed(String sentence);
}
