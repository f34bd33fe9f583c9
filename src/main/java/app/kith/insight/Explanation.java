package app.kith.insight;

/**
 * A sentence of evidence for each part of a person's insight, e.g. {@code "Intimacy 0.82: 11
 * personal or deep conversations in the last year, the latest 9 days ago"}.
 *
 * @param time the Time component with its value
 * @param intimacy the Intimacy component with its value
 * @param services the Services component with its value
 * @param kind Chat or Chit, or that there is none yet, with the reason
 * @param balance the favour balance label with the reason
 * @param initiative the initiative label with the reason
 * @param status the status with the reason
 * @param ring the ring, or outside, with the reason
 * @param cadence the cadence and where it comes from, or that there is none
 * @param overdue how the silence compares with the cadence
 */
public record Explanation(String time, String intimacy, String services, String kind, String balance,
                          String initiative, String status, String ring, String cadence, String overdue) {
}
