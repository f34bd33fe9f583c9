package app.kith.exchange.archive;

import app.kith.exchange.ExchangeException;
import java.util.List;

/**
 * An archive that cannot be read, with every problem found, each saying where it is, e.g.
 * {@code interactions[41].channel: "telepathy" is not one of in-person, video, …}.
 */
public class ArchiveException extends ExchangeException {

    private static final long serialVersionUID = 1L;

    /** Past this many, the rest are counted rather than listed. */
    static final int MAX_LISTED = 20;

    private final List<String> problems;

    public ArchiveException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        StringBuilder text = new StringBuilder("The archive cannot be imported");
        text.append(problems.size() == 1 ? ": " : " (" + problems.size() + " problems):");
        if (problems.size() == 1) {
            return text.append(problems.get(0)).toString();
        }
        problems.stream().limit(MAX_LISTED).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > MAX_LISTED) {
            text.append("\n  … and ").append(problems.size() - MAX_LISTED).append(" more");
        }
        return text.toString();
    }
}
