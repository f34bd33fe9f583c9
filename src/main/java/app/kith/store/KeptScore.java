package app.kith.store;

import app.kith.insight.Score;

/** A person's score and the revision of their digest it was computed from. */
record KeptScore(long revision, Score score) {
}
