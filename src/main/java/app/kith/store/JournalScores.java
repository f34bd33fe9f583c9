package app.kith.store;

import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import app.kith.insight.HalfLife;
import app.kith.insight.JournalInsight;
import app.kith.insight.Score;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.PERSON;
import static org.jooq.impl.DSL.lower;

/**
 * The whole journal scored as of a day, read fast: the people, their kept scores ({@link KeptScores},
 * computed from the stored timelines only when those changed), the follow-ups due and the snoozes,
 * never a lifetime of entries.
 *
 * <p>The people in the result carry only what the scores use: id, name, nickname, kin, pinned
 * ring, cadence and archived. Emails, phones, tags, dates, notes and photo are left empty; read
 * a person from {@link PersonRepository#get} for those.
 */
public final class JournalScores {

    private final Database database;
    private final ReviewRepository reviews;
    private final SettingsRepository settings;
    private final Clock clock;
    private final KeptScores kept;

    JournalScores(Database database, ReviewRepository reviews, SettingsRepository settings, Clock clock) {
        this.database = database;
        this.reviews = reviews;
        this.settings = settings;
        this.clock = clock;
        this.kept = new KeptScores(database, clock);
    }

    /** Every person's figures, labels and ring, and the review queue, as of today. */
    public JournalInsight today() {
        return asOf(LocalDate.now(clock));
    }

    /** Every person's figures, labels and ring, and the review queue, as of the day. */
    public JournalInsight asOf(LocalDate day) {
        HalfLife halfLife = new HalfLife(settings.halfLifeDays());
        // The people are read beside the scores, on another core: on a large journal in a fresh process
        // (kith review) each read is a good part of the time, most of it before the JIT warms up. Not the
        // other way round: the scores are computed on the common pool, whose one worker on two cores
        // would then be busy waiting.
        CompletableFuture<List<Person>> people = CompletableFuture.supplyAsync(this::people);
        Map<UUID, Score> scores = kept.read(day, halfLife);
        Map<UUID, LocalDate> snoozed = reviews.snoozedAfter(day);
        List<FollowUp> due = database.read(ctx -> FollowUpRows.where(ctx,
                FOLLOW_UP.DONE.isFalse().and(FOLLOW_UP.DUE_ON.le(day))));
        return JournalInsight.fromScores(join(people), scores, due, snoozed, day, halfLife);
    }

    /**
     * The journal read once to be asked about one past day after another (the "as of" replay), computing each
     * day afresh and keeping nothing: today's kept scores stay as they are.
     */
    public ScoreHistory history() {
        CompletableFuture<List<Person>> people = CompletableFuture.supplyAsync(this::people);
        var timelines = database.read(DigestRows::stored);
        List<FollowUp> open = database.read(ctx -> FollowUpRows.where(ctx, FOLLOW_UP.DONE.isFalse()));
        return new ScoreHistory(join(people), timelines, open, reviews, new HalfLife(settings.halfLifeDays()));
    }

    /** The people with what the scores use, by name, read as plain rows (see {@link Database#eachRow}). */
    private List<Person> people() {
        List<Person> people = new ArrayList<>();
        database.eachRow(ctx -> ctx.select(PERSON.ID, PERSON.NAME, PERSON.NICKNAME, PERSON.KIN, PERSON.PINNED_RING,
                        PERSON.CADENCE_DAYS, PERSON.ARCHIVED)
                .from(PERSON)
                .orderBy(lower(PERSON.NAME), PERSON.NAME, PERSON.ID), row -> people.add(Person.builder()
                        .id(row.getObject(1, UUID.class)).name(row.getString(2)).nickname(row.getString(3))
                        .kin(row.getBoolean(4)).ring(Codes.ring(row.getObject(5, Integer.class)))
                        .cadenceDays(row.getObject(6, Integer.class)).archived(row.getBoolean(7)).build()));
        return people;
    }

    /** The read's own failure (a JournalException saying what went wrong), not a wrapper of it. */
    private static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
