package app.kith.cli;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.InvalidValueException;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith log}: journals one conversation, with the favours that came up in it, in one transaction. */
@Command(name = "log", description = "Journals a conversation or meeting, with the favours that came up in it.")
final class LogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--with", paramLabel = "NAME", required = true,
            description = "Who it was with (repeat for several); a unique part of the name or nickname will do.")
    private List<String> with;

    @Option(names = "--channel", paramLabel = "C", required = true,
            description = "in-person, video, call, message, email, letter or social.")
    private String channel;

    @Option(names = "--depth", paramLabel = "D", required = true,
            description = "small-talk, catch-up, personal or deep.")
    private String depth;

    @Option(names = "--initiated-by", paramLabel = "WHO", description = "me, them or mutual.")
    private String initiatedBy;

    @Option(names = "--minutes", paramLabel = "N", description = "How long it lasted.")
    private Integer minutes;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When (default: today).")
    private String date;

    @Option(names = "--time", paramLabel = "HH:MM", description = "The time of day.")
    private String time;

    @Option(names = "--notes", paramLabel = "TEXT", description = "What was said, what matters.")
    private String notes;

    @Option(names = "--gave", paramLabel = "SIZE:KIND:TEXT",
            description = "A favour I gave, e.g. medium:advice:CV review (NAME=… with several people).")
    private List<String> gave = new ArrayList<>();

    @Option(names = "--received", paramLabel = "SIZE:KIND:TEXT",
            description = "A favour I received, e.g. large:help:moved house (NAME=… with several people).")
    private List<String> received = new ArrayList<>();

    private final JournalAccess journals;

    LogCommand(JournalAccess journals) {
        this.journals = journals;
    }

    @Override
    public Integer call() {
        Channel how = CommandValues.code("--channel", Channel.class, channel);
        Depth howDeep = CommandValues.code("--depth", Depth.class, depth);
        Initiator who = CommandValues.code("--initiated-by", Initiator.class, initiatedBy);
        LocalDate day = date == null ? LocalDate.now(journals.clock()) : CommandValues.date("--date", date);
        LocalTime at = time == null ? null : CommandValues.time("--time", time);
        if (minutes != null && minutes < 0) {
            throw new WrongValue("--minutes: a conversation cannot last " + minutes + " minutes.");
        }
        List<FavourSpec> given = gave.stream().map(g -> FavourSpec.parse("--gave", g)).toList();
        List<FavourSpec> got = received.stream().map(r -> FavourSpec.parse("--received", r)).toList();
        try (Journal journal = journals.open()) {
            PeopleByName names = new PeopleByName(journal.people().summaries());
            Map<UUID, PersonSummary> people = new LinkedHashMap<>();
            with.forEach(name -> {
                PersonSummary person = names.find(name);
                people.put(person.id(), person);
            });
            Interaction interaction = interaction(day, at, how, howDeep, who, List.copyOf(people.keySet()));
            List<Favour> favours = new ArrayList<>();
            given.forEach(f -> favours.add(favour(f, FavourDirection.GIVEN, interaction, names, people)));
            got.forEach(f -> favours.add(favour(f, FavourDirection.RECEIVED, interaction, names, people)));
            journal.interactions().log(interaction, favours, null);
            spec.commandLine().getOut().println(sentence(interaction, people, given.size(), got.size()));
        }
        return 0;
    }

    private Interaction interaction(LocalDate day, LocalTime at, Channel how, Depth howDeep, Initiator who,
                                    List<UUID> people) {
        try {
            return new Interaction(UUID.randomUUID(), day, at, how, howDeep, who, minutes, people, notes);
        } catch (InvalidValueException e) {
            throw new WrongValue("--" + e.field() + ": " + e.getMessage() + ".");
        }
    }

    /** The favour's person: named before "=", else the conversation's only person. */
    private static Favour favour(FavourSpec spec, FavourDirection direction, Interaction interaction,
                                 PeopleByName names, Map<UUID, PersonSummary> people) {
        UUID person;
        if (spec.person() != null) {
            person = names.find(spec.person()).id();
            if (!people.containsKey(person)) {
                throw new WrongValue("A favour names " + names.find(spec.person()).name()
                        + ", who is not in this conversation: add --with \"" + spec.person() + "\".");
            }
        } else if (people.size() == 1) {
            person = interaction.people().get(0);
        } else {
            throw new WrongValue("With several people, say whose favour it is: e.g. --gave \""
                    + people.values().iterator().next().name() + "=small:help:…\".");
        }
        return new Favour(UUID.randomUUID(), interaction.date(), person, direction, spec.size(), spec.kind(),
                spec.description(), FavourStatus.DONE, interaction.id());
    }

    /** "Logged a conversation with Maya Cole on 2026-11-22 (deep, call; 1 favour given)." */
    private static String sentence(Interaction interaction, Map<UUID, PersonSummary> people, int given, int got) {
        String names = Words.list(people.values().stream().map(PersonSummary::name).toList());
        StringBuilder text = new StringBuilder("Logged a conversation with ").append(names).append(" on ")
                .append(interaction.date()).append(" (")
                .append(interaction.depth().label().toLowerCase(Locale.ROOT)).append(", ")
                .append(interaction.channel().label().toLowerCase(Locale.ROOT));
        List<String> favours = new ArrayList<>();
        if (given > 0) {
            favours.add(Words.count(given, "favour", "favours") + " given");
        }
        if (got > 0) {
            favours.add(Words.count(got, "favour", "favours") + " received");
        }
        if (!favours.isEmpty()) {
            text.append("; ").append(Words.list(favours));
        }
        return text.append(").").toString();
    }
}
