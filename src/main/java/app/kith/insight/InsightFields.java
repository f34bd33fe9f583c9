package app.kith.insight;

import app.kith.domain.Coded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A person's figures and labels by the names {@code kith people --json} gives them, in its order, with
 * their values as they are written out: whole numbers as Integer, fractions as BigDecimal rounded to
 * {@value #DECIMALS} decimals, labels as their codes ("chat", "you-owe"), rings as 5, 15, 50, 150,
 * dates as YYYY-MM-DD, and null for none. The command line's JSON and the CSV export both write
 * these, so that a spreadsheet holds the very numbers a script reads.
 */
public final class InsightFields {

    /**
     * Six decimals: far below any difference that matters, so that whoever checks a figure against
     * PRODUCT.md's formulas with their own arithmetic finds the same number.
     */
    public static final int DECIMALS = 6;

    /** One named value of a person's insight. */
    public record Field(String name, Function<PersonInsight, Object> value) {
    }

    /** Every figure and label of a person, in the order {@code kith people --json} writes them. */
    public static final List<Field> PERSON = List.of(
            new Field("depth", PersonInsight::depth),
            new Field("depthBefore", PersonInsight::depthBefore),
            new Field("time", i -> round(i.figures().time())),
            new Field("intimacy", i -> round(i.figures().intimacy())),
            new Field("services", i -> round(i.figures().services())),
            new Field("warmth", i -> round(i.figures().warmth())),
            new Field("substance", i -> round(i.figures().substance())),
            new Field("chatShare", i -> round(i.figures().chatShare())),
            new Field("favourBalance", i -> round(i.figures().favourBalance())),
            new Field("initiative", i -> round(i.figures().initiative())),
            new Field("investment", i -> round(i.figures().investment())),
            new Field("kind", i -> code(i.kind())),
            new Field("balance", i -> code(i.balance())),
            new Field("initiativeLabel", i -> code(i.initiative())),
            new Field("status", i -> code(i.status())),
            new Field("meaningfulRecent", i -> i.evidence().meaningfulRecent()),
            new Field("meaningfulBefore", i -> i.evidence().meaningfulBefore()),
            new Field("ring", i -> i.placedRing() == null ? null : i.placedRing().size()),
            new Field("cadenceDays", i -> round(i.cadenceDays())),
            new Field("overdueRatio", i -> round(i.overdueRatio())),
            new Field("lastInteraction", i -> date(i.lastInteraction())));

    private InsightFields() {
    }

    /** The figure rounded to {@value #DECIMALS} decimals without trailing zeros, or null. */
    public static BigDecimal round(Double value) {
        return value == null ? null
                : BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String code(Coded label) {
        return label == null ? null : label.code();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
