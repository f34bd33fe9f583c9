package app.kith.sample;

/** Told how far the generation has come; the command line prints a line, the window moves a bar. */
@FunctionalInterface
public interface SampleProgress {

    /**
     * @param done units written so far
     * @param total units in all
     * @param message what is being written, e.g. "interactions 200,000 of 1,000,000"
     */
    void update(long done, long total, String message);

    SampleProgress NONE = (done, total, message) -> { };
}
