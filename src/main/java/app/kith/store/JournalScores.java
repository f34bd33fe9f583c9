package app.kith.store;

import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import app.kith.insight.HalfLife;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonTimeline;
import app.kith.insight.ScoreMemo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.PERSON;
import static org.jooq.impl.DSL.lower;

/**
 * The whole journal scored as of a day, read fast: the people, their stored timelines
 * ({@code person_digest}), the follow-ups due and the snoozes, never a lifetime of entries.
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
    private final DecodedDigests digests = new DecodedDigests();
    /** Scores of the unchanged timelines, kept between readings; guarded by itself. */
    private final ScoreMemo memo = new ScoreMemo();

    JournalScores(Database database, ReviewRepository reviews, SettingsRepository settings, Clock clock) {
        this.database = database;
        this.reviews = reviews;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every person's figures, labels and ring, and the review queue, as of today. */
    public JournalInsight today() {
        return asOf(LocalDate.now(clock));
    }

    /** Every person's figures, labels and ring, and the review queue, as of the day. */
    public JournalInsight asOf(LocalDate day) {
        Map<UUID, LocalDate> snoozed = reviews.snoozedAfter(day);
        HalfLife halfLife = new HalfLife(settings.halfLifeDays());
        return database.read(ctx -> {
            List<Person> people = ctx.select(PERSON.ID, PERSON.NAME, PERSON.NICKNAME, PERSON.KIN, PERSON.PINNED_RING,
                            PERSON.CADENCE_DAYS, PERSON.ARCHIVED)
                    .from(PERSON)
                    .orderBy(lower(PERSON.NAME), PERSON.NAME, PERSON.ID)
                    .fetch(row -> Person.builder().id(row.value1()).name(row.value2()).nickname(row.value3())
                            .kin(row.value4()).ring(Codes.ring(row.value5())).cadenceDays(row.value6())
                            .archived(row.value7()).build());
            Map<UUID, PersonTimeline> timelines = digests.read(ctx);
            List<FollowUp> due = FollowUpRows.where(ctx, FOLLOW_UP.DONE.isFalse().and(FOLLOW_UP.DUE_ON.le(day)));
            synchronized (memo) {
                return JournalInsight.compute(people, timelines, due, snoozed, day, halfLife, memo);
            }
        });
    }
}
