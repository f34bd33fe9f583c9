package app.kith.store;

/** Told how far a full recompute of the per-person digests has come, in people. */
@FunctionalInterface
public interface DigestProgress {

    DigestProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
