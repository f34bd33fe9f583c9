package app.kith.sample;

/**
 * The kinds of relationship a sample journal is made of: the personas of PRODUCT.md plus the long
 * tail of friends, acquaintances and contacts that every real journal has.
 *
 * <p>Weights are relative: depth over small talk, catch-up, personal, deep; channel over in person,
 * video, call, message, email, letter, social; initiative over me, them, mutual.
 */
enum Persona {

    /** Maya: every week or two, mostly personal or deep, shared initiative, favours both ways. */
    CLOSE_FRIEND(6, true, 40, 3, 50,
            depths(5, 20, 45, 30), channels(55, 10, 25, 10, 0, 0, 0), initiative(35, 35, 30), 0.08),
    /** Rosa: family, a deep call every three or four weeks. */
    KIN(5, true, 14, 2, 50,
            depths(0, 20, 30, 50), channels(30, 10, 60, 0, 0, 0, 0), initiative(50, 25, 25), 0.05),
    /** Dev: small talk in person almost every workday. */
    COLLEAGUE(5, true, 200, 2, 50,
            depths(88, 12, 0, 0), channels(92, 0, 0, 8, 0, 0, 0), initiative(30, 30, 40), 0),
    /** Raj: calls monthly to ask for help; I give, he initiates. */
    ASKER(2, true, 12, 0, 100,
            depths(10, 60, 30, 0), channels(0, 0, 80, 20, 0, 0, 0), initiative(5, 90, 5), 0),
    /** Sam: helped me with big things lately; I owe. */
    HELPER(2, true, 10, 0, 0,
            depths(10, 40, 40, 10), channels(40, 10, 40, 10, 0, 0, 0), initiative(30, 45, 25), 0),
    /** Lena: monthly deep talks for years, then silence for more than a year. */
    FADED(3, true, 16, 1, 50,
            depths(0, 10, 30, 60), channels(45, 15, 40, 0, 0, 0, 0), initiative(35, 35, 30), 0),
    /** Chris: met at work three weeks ago, a few catch-ups since. */
    NEW_COLLEAGUE(2, true, 0, 0, 50,
            depths(0, 100, 0, 0), channels(100, 0, 0, 0, 0, 0, 0), initiative(30, 30, 40), 0),
    /** Tom: a conference acquaintance kept at small talk on social media and messages. */
    ACQUAINTANCE(0.22, false, 12, 0.1, 50,
            depths(85, 15, 0, 0), channels(10, 0, 0, 40, 5, 0, 45), initiative(40, 40, 20), 0),
    /** People around the office: a word in passing, the odd catch-up. */
    WORKMATE(0.10, false, 20, 0.2, 50,
            depths(99, 1, 0, 0), channels(80, 0, 0, 20, 0, 0, 0), initiative(35, 35, 30), 0),
    /** The long tail of friends seen a few times a year. */
    FRIEND(0.36, false, 6, 0.5, 50,
            depths(10, 45, 35, 10), channels(45, 10, 20, 20, 3, 2, 0), initiative(35, 35, 30), 0.06),
    /** People met once or twice a year, if that. */
    CONTACT(0.32, false, 2, 0.1, 50,
            depths(50, 40, 10, 0), channels(20, 5, 15, 20, 30, 0, 10), initiative(40, 40, 20), 0);

    /** Every persona once, in this order, before any persona twice: a tiny journal still has Maya and Rosa. */
    static final Persona[] CAST_FIRST = {CLOSE_FRIEND, KIN, ASKER, HELPER, FADED, ACQUAINTANCE, COLLEAGUE,
        NEW_COLLEAGUE, FRIEND, CONTACT, WORKMATE};

    private final double castSize;
    private final boolean core;
    private final double interactionsPerYear;
    private final double favoursPerYear;
    private final int givenPercent;
    private final int[] depthWeights;
    private final int[] channelWeights;
    private final int[] initiativeWeights;
    private final double groupChance;

    Persona(double castSize, boolean core, double interactionsPerYear, double favoursPerYear, int givenPercent,
            int[] depthWeights, int[] channelWeights, int[] initiativeWeights, double groupChance) {
        this.castSize = castSize;
        this.core = core;
        this.interactionsPerYear = interactionsPerYear;
        this.favoursPerYear = favoursPerYear;
        this.givenPercent = givenPercent;
        this.depthWeights = depthWeights;
        this.channelWeights = channelWeights;
        this.initiativeWeights = initiativeWeights;
        this.groupChance = groupChance;
    }

    /**
     * For a core persona, how many such people a journal of a thousand people has (Dunbar's
     * layers hardly grow with a journal); for the long tail, its share of everyone else.
     */
    double castSize() {
        return castSize;
    }

    /**
     * Core personas keep their natural number and rhythm whatever the size of the journal; the
     * long tail takes up the rest of the people and of the requested conversations and favours.
     */
    boolean isCore() {
        return core;
    }

    double interactionsPerYear() {
        return interactionsPerYear;
    }

    double favoursPerYear() {
        return favoursPerYear;
    }

    /** Of the favours with this person, the percentage given by me. */
    int givenPercent() {
        return givenPercent;
    }

    int[] depthWeights() {
        return depthWeights;
    }

    int[] channelWeights() {
        return channelWeights;
    }

    int[] initiativeWeights() {
        return initiativeWeights;
    }

    /** The chance that a meeting in person with them is a group meeting (a dinner with friends). */
    double groupChance() {
        return groupChance;
    }

    /**
     * Whether more conversations than natural may go to them (while still in touch) when a large
     * journal is asked for: a heavy user logs more small talk at work, not more real talks, which
     * would make everyone a close friend.
     */
    boolean absorbsVolume() {
        return this == WORKMATE;
    }

    /** Whether I meet them at work, on workdays. */
    boolean atWork() {
        return this == COLLEAGUE || this == NEW_COLLEAGUE || this == WORKMATE;
    }

    /** Whether they can join someone else's group meeting. */
    boolean joinsGroups() {
        return this == CLOSE_FRIEND || this == FRIEND;
    }

    private static int[] depths(int smallTalk, int catchUp, int personal, int deep) {
        return new int[] {smallTalk, catchUp, personal, deep};
    }

    private static int[] channels(int inPerson, int video, int call, int message, int email, int letter, int social) {
        return new int[] {inPerson, video, call, message, email, letter, social};
    }

    private static int[] initiative(int me, int them, int mutual) {
        return new int[] {me, them, mutual};
    }
}
