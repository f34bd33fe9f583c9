package app.kith.cli;

import app.kith.domain.InvalidValueException;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Plausible;
import app.kith.domain.Ring;
import app.kith.store.Journal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kith add NAME}: adds a person to the journal. */
@Command(name = "add", description = "Adds a person to the journal.")
final class AddCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The person's name, e.g. \"Maya Cole\".")
    private String name;

    @Option(names = "--nickname", paramLabel = "TEXT", description = "What you call them.")
    private String nickname;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "An email address (repeat for several).")
    private List<String> emails = new ArrayList<>();

    @Option(names = "--phone", paramLabel = "NUMBER", description = "A phone number (repeat for several).")
    private List<String> phones = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag, e.g. friends (repeat for several).")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--org", paramLabel = "TEXT", description = "Their organisation.")
    private String organization;

    @Option(names = "--title", paramLabel = "TEXT", description = "Their title or role.")
    private String title;

    @Option(names = "--kin", description = "Family: their cadence is half as long again.")
    private boolean kin;

    @Option(names = "--ring", paramLabel = "N", description = "Pin them to a ring: 5, 15, 50 or 150.")
    private Integer ring;

    @Option(names = "--cadence", paramLabel = "DAYS", description = "Talk to them every DAYS days.")
    private Integer cadenceDays;

    @Option(names = "--birthday", paramLabel = "DATE", description = "YYYY-MM-DD, or --MM-DD without the year.")
    private String birthday;

    private final JournalAccess journals;

    AddCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        Person person = person();
        try (Journal journal = journals.open()) {
            boolean namesake = journal.people().summaries().stream()
                    .anyMatch(p -> p.name().equalsIgnoreCase(person.name()));
            journal.people().add(person);
            if (namesake) {
                spec.commandLine().getErr().println("Note: someone else in the journal is called " + person.name()
                        + " too; kith log will ask which one you mean.");
            }
        }
        spec.commandLine().getOut().println("Added " + person.displayName() + " (id " + person.id() + ").");
        return 0;
    }

    private Person person() {
        emails.stream().filter(email -> !Plausible.email(email)).findFirst().ifPresent(email -> {
            throw new WrongValue("--email: " + Plausible.emailRefusal(email) + ".");
        });
        try {
            return Person.builder().name(name).nickname(nickname).emails(emails).phones(phones).tags(tags)
                    .organization(organization).title(title).kin(kin).ring(ring()).cadenceDays(cadenceDays)
                    .birthday(birthday())
                    .build();
        } catch (InvalidValueException e) {
            throw new WrongValue(option(e.field()) + ": " + e.getMessage() + ".");
        }
    }

    private Ring ring() {
        if (ring == null) {
            return null;
        }
        try {
            return Ring.ofSize(ring);
        } catch (IllegalArgumentException e) {
            throw new WrongValue("--ring: " + ring + " is not a ring; the rings are 5, 15, 50 and 150.");
        }
    }

    private PartialDate birthday() {
        if (birthday == null) {
            return null;
        }
        try {
            return PartialDate.parse(birthday);
        } catch (IllegalArgumentException e) {
            throw new WrongValue("--birthday: " + e.getMessage() + ".");
        }
    }

    /** The option a field of the person came from, for the message. */
    private static String option(String field) {
        return switch (field) {
            case "name" -> "NAME";
            case "cadenceDays" -> "--cadence";
            case "organization" -> "--org";
            case "emails" -> "--email";
            case "phones" -> "--phone";
            case "tags" -> "--tag";
            default -> "--" + field;
        };
    }
}
