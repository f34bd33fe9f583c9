package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.ImportantDate;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewDecision;
import app.kith.domain.Tags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Writes many entries at once, for a generated sample (and later for imports): plain JDBC batches
 * in ONE transaction, so that a failure, a cancel or a killed process leaves nothing behind.
 * Nothing is visible to others before {@link #commit()}; {@link #close()} without a commit rolls
 * everything back.
 *
 * <p>Entries must come in an order the foreign keys accept (a person before the conversations they
 * are in, a conversation before a favour that names it); within that, batches are flushed parent
 * tables first. The per-person digests are not kept while writing: call {@link #recomputeDigests}
 * before {@link #commit()}, so that they are recomputed in the same transaction.
 */
public final class BulkWriter implements AutoCloseable {

    /** Rows gathered before they are sent to the database together. */
    public static final int BATCH_ROWS = 10_000;

    private final Database database;
    private final Connection connection;
    private final List<Batch> flushOrder = new ArrayList<>();
    private final Batch person;
    private final Batch email;
    private final Batch phone;
    private final Batch tag;
    /** The journal's spelling of each tag, which a tag imported in another case or with other accents takes. */
    private final Tags.Spellings spellings;
    private final Batch date;
    private final Batch photo;
    private final Batch interaction;
    private final Batch participant;
    private final Batch favour;
    private final Batch followUp;
    private final Batch review;
    private final Batch decision;
    private final boolean ownsTransaction;
    private int pendingRows;
    private boolean committed;

    private BulkWriter(Database database, Connection connection, boolean ownsTransaction) throws SQLException {
        this.database = database;
        this.connection = connection;
        this.ownsTransaction = ownsTransaction;
        this.spellings = new Tags.Spellings(tagsInJournal(connection));
        person = batch("INSERT INTO person (id, name, nickname, organization, title, how_we_met, met_on, birthday_year,"
                + " birthday_month, birthday_day, notes, matters_to_them, kin, pinned_ring, cadence_days, archived,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        email = batch("INSERT INTO person_email (person_id, position, email) VALUES (?, ?, ?)");
        phone = batch("INSERT INTO person_phone (person_id, position, phone) VALUES (?, ?, ?)");
        tag = batch("INSERT INTO person_tag (person_id, tag) VALUES (?, ?)");
        date = batch("INSERT INTO person_date (person_id, position, label, date_year, date_month, date_day)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        photo = batch("INSERT INTO person_photo (person_id, media_type, bytes) VALUES (?, ?, ?)");
        interaction = batch("INSERT INTO interaction (id, occurred_on, occurred_at, channel, depth, initiated_by,"
                + " minutes, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        participant = batch("INSERT INTO interaction_person (interaction_id, person_id) VALUES (?, ?)");
        favour = batch("INSERT INTO favour (id, occurred_on, person_id, direction, size, kind, description, status,"
                + " interaction_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        followUp = batch("INSERT INTO follow_up (id, person_id, due_on, text, done, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        review = batch("INSERT INTO review (id, held_on, created_at) VALUES (?, ?, ?)");
        decision = batch("INSERT INTO review_decision (review_id, position, person_id, action, until_on, cadence_days)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    }

    /**
     * Starts a bulk write on its own connection and transaction.
     *
     * @throws JournalException when the journal cannot be written
     */
    public static BulkWriter begin(Database database) {
        Connection connection = null;
        try {
            connection = database.connection();
            connection.setAutoCommit(false);
            return new BulkWriter(database, connection, true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw database.translate("Kith could not start writing to the journal", e);
        }
    }

    /**
     * A bulk write inside a transaction that the caller owns (an import that also updates rows): the
     * batches go to the caller's connection, {@link #send()} hands them to the database, and the caller's
     * transaction commits or rolls back everything. {@link #close()} leaves the connection open.
     */
    static BulkWriter within(Database database, Connection connection) {
        try {
            return new BulkWriter(database, connection, false);
        } catch (SQLException e) {
            throw database.translate("Kith could not start writing to the journal", e);
        }
    }

    private static List<String> tagsInJournal(Connection connection) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT DISTINCT tag FROM person_tag ORDER BY tag")) {
            while (rows.next()) {
                tags.add(rows.getString(1));
            }
        }
        return tags;
    }

    /** Adds a person with their emails, phones, tags, dates and photo. */
    public void add(Person p, LocalDateTime writtenAt) {
        UUID id = p.id();
        Integer birthYear = p.birthday() == null ? null : p.birthday().year();
        Integer birthMonth = p.birthday() == null ? null : p.birthday().month();
        Integer birthDay = p.birthday() == null ? null : p.birthday().day();
        Integer ring = p.ring() == null ? null : p.ring().size();
        row(person, id, p.name(), p.nickname(), p.organization(), p.title(), p.howWeMet(), p.metOn(), birthYear,
                birthMonth, birthDay, p.notes(), p.mattersToThem(), p.kin(), ring, p.cadenceDays(), p.archived(),
                writtenAt, writtenAt);
        for (int i = 0; i < p.emails().size(); i++) {
            row(email, id, i, p.emails().get(i));
        }
        for (int i = 0; i < p.phones().size(); i++) {
            row(phone, id, i, p.phones().get(i));
        }
        for (String t : spellings.spellAll(p.tags())) {
            row(tag, id, t);
        }
        for (int i = 0; i < p.dates().size(); i++) {
            ImportantDate d = p.dates().get(i);
            row(date, id, i, d.label(), d.date().year(), d.date().month(), d.date().day());
        }
        if (p.photo() != null) {
            row(photo, id, p.photo().mediaType(), p.photo().bytes());
        }
        flushWhenFull();
    }

    /** Adds a conversation and who was in it; the people must have been added before. */
    public void add(Interaction i, LocalDateTime writtenAt) {
        row(interaction, i.id(), i.date(), i.time(), i.channel().code(), i.depth().code(),
                i.initiatedBy() == null ? null : i.initiatedBy().code(), i.minutes(), i.notes(), writtenAt, writtenAt);
        for (UUID personId : i.people()) {
            row(participant, i.id(), personId);
        }
        flushWhenFull();
    }

    /** Adds a favour; its person and conversation (if any) must have been added before. */
    public void add(Favour f, LocalDateTime writtenAt) {
        row(favour, f.id(), f.date(), f.person(), f.direction().code(), f.size().code(), f.kind().code(),
                f.description(), f.status().code(), f.interaction(), writtenAt, writtenAt);
        flushWhenFull();
    }

    public void add(FollowUp f, LocalDateTime writtenAt) {
        row(followUp, f.id(), f.person(), f.due(), f.text(), f.done(), writtenAt);
        flushWhenFull();
    }

    public void add(Review r, LocalDateTime writtenAt) {
        row(review, r.id(), r.date(), writtenAt);
        for (int i = 0; i < r.decisions().size(); i++) {
            ReviewDecision d = r.decisions().get(i);
            row(decision, r.id(), i, d.person(), d.action().code(), d.until(), d.cadenceDays());
        }
        flushWhenFull();
    }

    /**
     * Recomputes every person's digest (the scores' aggregates) from everything in the journal,
     * this write's entries included, in this write's transaction.
     */
    public void recomputeDigests(DigestProgress progress) {
        try {
            flush();
            DigestRebuild.rebuildAll(DSL.using(connection, SQLDialect.H2,
                    new Settings().withExecuteLogging(false)), progress);
        } catch (SQLException | DataAccessException e) {
            throw database.translate("Kith could not compute the scores of the entries", e);
        }
    }

    /** Sends what is gathered and makes everything written so far permanent and visible. */
    public void commit() {
        try {
            flush();
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw database.translate("Kith could not save the entries", e);
        }
    }

    /** Sends what is gathered into the transaction, without committing it (for {@link #within}). */
    void send() {
        try {
            flush();
        } catch (SQLException e) {
            throw database.translate("Kith could not write the entries", e);
        }
    }

    /** Ends the write; without a {@link #commit()} nothing of it remains. */
    @Override
    public void close() {
        if (!ownsTransaction) {
            closeStatements();
            return;
        }
        try {
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // The connection is closed below all the same; H2 drops an open transaction with it.
        } finally {
            closeQuietly(connection);
        }
    }

    /** A pooled connection outlives the write: its statements are closed here, not with it. */
    private void closeStatements() {
        for (Batch batch : flushOrder) {
            try {
                batch.statement.close();
            } catch (SQLException e) {
                // A statement that will not close is dropped with its connection.
            }
        }
    }

    private Batch batch(String sql) throws SQLException {
        Batch batch = new Batch(connection.prepareStatement(sql));
        flushOrder.add(batch);
        return batch;
    }

    private void row(Batch batch, Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                batch.statement.setObject(i + 1, values[i]);
            }
            batch.statement.addBatch();
            batch.rows++;
            pendingRows++;
        } catch (SQLException e) {
            throw database.translate("Kith could not prepare the entries", e);
        }
    }

    private void flushWhenFull() {
        if (pendingRows >= BATCH_ROWS) {
            try {
                flush();
            } catch (SQLException e) {
                throw database.translate("Kith could not write the entries", e);
            }
        }
    }

    /** Parent tables first, so that every foreign key finds its row. */
    private void flush() throws SQLException {
        for (Batch batch : flushOrder) {
            if (batch.rows > 0) {
                batch.statement.executeBatch();
                batch.rows = 0;
            }
        }
        pendingRows = 0;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing more can be done with a connection that will not close.
        }
    }

    /** One prepared insert and how many rows wait in it. */
    private static final class Batch {
        final PreparedStatement statement;
        int rows;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }
    }
}
