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
        super(describe("The archive", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    /** The message, naming the archive, e.g. "The archive /home/me/kith.json cannot be imported: …". */
    public String messageFor(String archive) {
        return describe("The archive " + archive, problems);
    }

    private static String describe(String archive, List<String> problems) {
        StringBuilder text = new StringBuilder(archive).append(" cannot be imported");
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
