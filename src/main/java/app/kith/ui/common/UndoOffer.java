package app.kith.ui.common;

/**
 * Offers the user a way back from something that would hurt if done by mistake (a deletion):
 * the window shows the message with an Undo button (and Shortcut+Z) for a few seconds.
 */
public interface UndoOffer {

    /**
     * @param message what was done, e.g. "Deleted Maya Cole"
     * @param undo puts it back; runs on the FX thread and starts its own background write
     */
    void offer(String message, Runnable undo);
}
