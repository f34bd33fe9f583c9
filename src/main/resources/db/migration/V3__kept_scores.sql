-- Everyone's scores as of the last day they were all computed, kept between processes: a fresh
-- `kith review` (or the window opening) on a large journal then reads one row instead of decoding
-- and scoring every timeline again. One row, written whole: writing 10,000 small rows took longer
-- than scoring them. The bytes hold, per person, the revision of the digest the score was computed
-- from, so a score only counts while the person's entries are unchanged (see KeptScores).
CREATE TABLE kept_scores (
    as_of           DATE                   NOT NULL,
    half_life_days  INTEGER                NOT NULL,
    scores          VARBINARY(1000000000)  NOT NULL
);
