package app.kith.insight;

/**
 * The numbers of the insight model for one person as of a date (PRODUCT.md, "The insight model").
 *
 * @param warmth E, the decayed sum of conversation weights
 * @param substance S, the same over personal and deep conversations
 * @param chatShare S / E, or 0 when E is 0
 * @param favoursGiven Fg, decayed points of favours I gave
 * @param favoursReceived Fr, decayed points of favours I received
 * @param favourBalance Rf in (−1, 1): above 0 I give more
 * @param initiative Ri in (−1, 1): above 0 I reach out more
 * @param investment B = 0.7·Rf + 0.3·Ri, the Map's horizontal axis
 * @param time 1 − e^(−E/5)
 * @param intimacy 1 − e^(−S/4)
 * @param services (1 − e^(−(Fg+Fr)/5)) × (1 − 0.5·|Rf|)
 * @param depth round(100 × (0.3·Time + 0.5·Intimacy + 0.2·Services)), 0 to 100
 */
public record Figures(double warmth, double substance, double chatShare, double favoursGiven,
                      double favoursReceived, double favourBalance, double initiative, double investment,
                      double time, double intimacy, double services, int depth) {

    /**
     * Three points of imagined, evenly split favours pull the balance towards 0 while there is
     * little evidence: one small favour alone does not make anyone a giver.
     */
    static final double FAVOUR_BALANCE_PRIOR = 3;

    /** Two imagined conversations, one started by each side, do the same for initiative. */
    static final double INITIATIVE_PRIOR = 2;

    /** What people do for each other says more about investment than who dials. */
    static final double INVESTMENT_FAVOUR_SHARE = 0.7;
    static final double INVESTMENT_INITIATIVE_SHARE = 0.3;

    /**
     * A warmth of 5 (two or three fresh half-hour catch-ups in person) gives 63% of Time: a tie
     * needs some time, not all of it.
     */
    static final double TIME_SCALE = 5;

    /** A substance of 4 (about one fresh deep talk on the phone) gives 63% of Intimacy. */
    static final double INTIMACY_SCALE = 4;

    /** Five favour points (a medium and two small ones, fresh) give 63% of Services. */
    static final double SERVICES_SCALE = 5;

    /** Help that only flows one way is a service, but less of a tie: up to half is taken off. */
    static final double ONE_WAY_SERVICES_DISCOUNT = 0.5;

    /**
     * Granovetter's three dimensions of tie strength; intimacy weighs most because substance is
     * what Kith is about.
     */
    static final double TIME_SHARE = 0.3;
    static final double INTIMACY_SHARE = 0.5;
    static final double SERVICES_SHARE = 0.2;

    /** The figures from the decayed sums and the initiative counts of the last year. */
    public static Figures of(double warmth, double substance, double favoursGiven, double favoursReceived,
                             int startedByMe, int startedByThem) {
        double balance = favourBalance(favoursGiven, favoursReceived);
        double initiative = initiative(startedByMe, startedByThem);
        double time = time(warmth);
        double intimacy = intimacy(substance);
        double services = services(favoursGiven, favoursReceived);
        return new Figures(warmth, substance, chatShare(warmth, substance), favoursGiven, favoursReceived,
                balance, initiative, investment(balance, initiative), time, intimacy, services,
                depth(time, intimacy, services));
    }

    /** Depth alone, from the decayed sums. */
    public static int depthOf(double warmth, double substance, double favoursGiven, double favoursReceived) {
        return depth(time(warmth), intimacy(substance), services(favoursGiven, favoursReceived));
    }

    static double chatShare(double warmth, double substance) {
        return warmth == 0 ? 0 : substance / warmth;
    }

    static double favourBalance(double given, double received) {
        return (given - received) / (given + received + FAVOUR_BALANCE_PRIOR);
    }

    static double initiative(int mine, int theirs) {
        return (mine - theirs) / (mine + theirs + INITIATIVE_PRIOR);
    }

    static double investment(double favourBalance, double initiative) {
        return INVESTMENT_FAVOUR_SHARE * favourBalance + INVESTMENT_INITIATIVE_SHARE * initiative;
    }

    static double time(double warmth) {
        return 1 - Math.exp(-warmth / TIME_SCALE);
    }

    static double intimacy(double substance) {
        return 1 - Math.exp(-substance / INTIMACY_SCALE);
    }

    static double services(double given, double received) {
        double amount = 1 - Math.exp(-(given + received) / SERVICES_SCALE);
        return amount * (1 - ONE_WAY_SERVICES_DISCOUNT * Math.abs(favourBalance(given, received)));
    }

    static int depth(double time, double intimacy, double services) {
        return (int) Math.round(100 * (TIME_SHARE * time + INTIMACY_SHARE * intimacy + SERVICES_SHARE * services));
    }
}
