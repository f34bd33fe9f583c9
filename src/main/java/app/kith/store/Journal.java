package app.kith.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * An open journal: the database and one repository per aggregate. The composition roots
 * ({@code Kith} for the command line, {@code KithApp} for the window) open one and hand its
 * parts to whoever needs them.
 */
public final class Journal implements AutoCloseable {

    private final Database database;
    private final PersonRepository people;
    private final InteractionRepository interactions;
    private final FavourRepository favours;
    private final FollowUpRepository followUps;
    private final ReviewRepository reviews;
    private final SettingsRepository settings;
    private final InsightDigests digests;
    private final JournalScores scores;
    private final ContentImport imports;
    private final TimelineRepository timeline;
    private final ContactImports contacts;
    private final PersonMerges merges;
    private final DuplicateFinder duplicates;
    private final TodayReader today;
    private final Backups backups;

    Journal(Database database, Clock clock, EntryChanges changes) {
        this.database = database;
        this.imports = new ContentImport(database, clock, changes);
        this.people = new PersonRepository(database, clock, changes);
        this.interactions = new InteractionRepository(database, clock, changes);
        this.favours = new FavourRepository(database, clock, changes);
        this.followUps = new FollowUpRepository(database, clock);
        this.reviews = new ReviewRepository(database, clock);
        this.settings = new SettingsRepository(database);
        this.digests = new InsightDigests(database);
        this.scores = new JournalScores(database, reviews, settings, clock);
        this.timeline = new TimelineRepository(database);
        this.contacts = new ContactImports(database, clock, imports);
        this.merges = new PersonMerges(database, clock, changes);
        this.duplicates = new DuplicateFinder(database);
        this.today = new TodayReader(database, reviews, settings);
        this.backups = new Backups(database, clock);
    }

    /**
     * Opens the journal in the data folder, creating it when it does not exist yet.
     *
     * @throws JournalException with a sentence for a person when it cannot be opened
     */
    public static Journal open(Path folder, Clock clock) {
        return open(folder, clock, null);
    }

    /**
     * {@link #open(Path, Clock)} with the journal's key, for a journal locked with a passphrase (null for one without).
     *
     * @throws PassphraseNeeded when the journal is locked and no key is given
     * @throws WrongPassphrase when the key does not open it; its file is left as it was
     */
    public static Journal open(Path folder, Clock clock, JournalKey key) {
        return new Journal(Database.open(folder, clock, key), clock, new DigestWriter());
    }

    /**
     * Opens the journal in the data folder for reading only, leaving its file as it was (the read commands).
     *
     * @throws JournalException with a sentence when there is no journal there or it cannot be opened
     */
    public static Journal openForReading(Path folder, Clock clock) {
        return openForReading(folder, clock, null);
    }

    /** {@link #openForReading(Path, Clock)} with the journal's key (null for a journal without a passphrase). */
    public static Journal openForReading(Path folder, Clock clock, JournalKey key) {
        return new Journal(Database.openForReading(folder, clock, key), clock, new DigestWriter());
    }

    public Database database() {
        return database;
    }

    public Path folder() {
        return database.folder();
    }

    public PersonRepository people() {
        return people;
    }

    public InteractionRepository interactions() {
        return interactions;
    }

    public FavourRepository favours() {
        return favours;
    }

    public FollowUpRepository followUps() {
        return followUps;
    }

    /** A person's conversations and favours together, a page at a time. */
    public TimelineRepository timeline() {
        return timeline;
    }

    /** Contacts from address books: matching, the import and its undo. */
    public ContactImports contacts() {
        return contacts;
    }

    /** Two people made one, and back. */
    public PersonMerges merges() {
        return merges;
    }

    /** People who may be one person. */
    public DuplicateFinder duplicates() {
        return duplicates;
    }

    /** What Today and the calendar read besides the insight: dates to remember, the month mix, recent entries. */
    public TodayReader todayReader() {
        return today;
    }

    /** The journal's backups: taking one, the latest ones, how many are kept. */
    public Backups backups() {
        return backups;
    }

    /** True when the journal was opened for reading only (a read command, or a journal on a read-only disk). */
    public boolean readOnly() {
        return database.readOnly();
    }

    public ReviewRepository reviews() {
        return reviews;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** The per-person digests the scores are read from: a full recompute, and a look for checks. */
    public InsightDigests digests() {
        return digests;
    }

    /** The journal scored as of a day (the people list and the review), read from the digests. */
    public JournalScores scores() {
        return scores;
    }

    /**
     * Brings the content in, all or nothing, in one transaction: people are matched by id (one already in the
     * journal takes the imported fields), and entries whose id is already in the journal are skipped, so
     * that importing the same content twice changes nothing the second time.
     *
     * @throws JournalException when the journal refuses the content; nothing of it is saved then
     */
    public ImportOutcome importContent(ImportEntries content) {
        return importContent(content, ImportProgress.NONE);
    }

    /**
     * {@link #importContent(ImportEntries)}, telling the progress how far it has come.
     *
     * @throws ImportStopped when the progress asked to stop; nothing of the content is saved then
     */
    public ImportOutcome importContent(ImportEntries content, ImportProgress progress) {
        return imports.apply(content, progress);
    }

    /** How many people, conversations, favours and follow-ups the journal holds. */
    public JournalCounts counts() {
        return database.counts();
    }

    @Override
    public void close() {
        database.close();
    }

    /** Closes the journal and rewrites its file compactly: for the end of bulk work (see Database). */
    public void closeCompacted() {
        database.closeCompacted();
    }
}
