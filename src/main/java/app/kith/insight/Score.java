package app.kith.insight;

/**
 * One person's figures as of a date, what they rest on, and their Depth half a year earlier
 * (for the Fading status).
 */
public record Score(Figures figures, int depthHalfYearAgo, Evidence evidence) {
}
