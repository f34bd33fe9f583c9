package app.kith.exchange.contacts;

/** Takes the records of a contacts file as they are read, one at a time, so a large file is never held whole. */
public interface ContactSink {

    void accept(ContactRecord record);

    void reject(Rejection rejection);

    /** Polled between records: true stops the reading (the caller then imports nothing). */
    default boolean stopRequested() {
        return false;
    }
}
