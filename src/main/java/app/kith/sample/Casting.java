package app.kith.sample;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Decides who is in the sample journal: how many of each persona, their profiles and when I knew them. */
final class Casting {

    /** About this many friends share a circle (and its group dinners). */
    private static final int CIRCLE_SIZE = 10;

    private final Dice dice;
    private final SampleIds ids;
    private final LocalDate today;
    private final LocalDate start;
    private final Names names;
    private final String familyName;
    private final String myWorkplace;
    private int circles;

    Casting(Dice dice, SampleIds ids, LocalDate today, int years) {
        this.dice = dice;
        this.ids = ids;
        this.today = today;
        this.start = today.minusYears(years);
        this.names = new Names(dice.split());
        this.familyName = dice.pick(Names.LAST);
        this.myWorkplace = dice.pick(Phrases.ORGANISATIONS);
    }

    /** The cast, in a shuffled (but seed-determined) order. */
    List<CastMember> cast(int people) {
        List<Persona> roles = roles(people);
        int joiners = (int) roles.stream().filter(Persona::joinsGroups).count();
        circles = Math.max(1, joiners / CIRCLE_SIZE);
        List<CastMember> cast = new ArrayList<>(people);
        String through = "a friend";
        for (int i = 0; i < roles.size(); i++) {
            CastMember member = member(roles.get(i), through, i);
            if (member.persona() == Persona.CLOSE_FRIEND && through.equals("a friend")) {
                through = member.person().name().split(" ")[0];
            }
            cast.add(member);
        }
        return cast;
    }

    /**
     * One persona per person: each persona once while there is room; then the core personas as
     * many as a journal of this size has (growing slowly with it, at most a third of everyone);
     * the long tail takes the rest by share.
     */
    private List<Persona> roles(int people) {
        int[] counts = new int[Persona.values().length];
        int left = people;
        for (Persona persona : Persona.CAST_FIRST) {
            if (left > 0) {
                counts[persona.ordinal()]++;
                left--;
            }
        }
        double growth = Math.pow(people / 1000.0, 0.3);
        double[] core = new double[counts.length];
        double[] tail = new double[counts.length];
        for (Persona persona : Persona.values()) {
            if (persona.isCore()) {
                core[persona.ordinal()] = Math.max(0, persona.castSize() * growth - 1);
            } else {
                tail[persona.ordinal()] = persona.castSize();
            }
        }
        int coreExtra = (int) Math.min(Math.round(Arrays.stream(core).sum()), Math.max(0, people / 3 - 7));
        int[] extraCore = Apportion.split(Math.min(coreExtra, left), core);
        left -= Arrays.stream(extraCore).sum();
        int[] extraTail = Apportion.split(left, tail);
        List<Persona> roles = new ArrayList<>(people);
        for (Persona persona : Persona.values()) {
            int i = persona.ordinal();
            roles.addAll(Collections.nCopies(counts[i] + extraCore[i] + extraTail[i], persona));
        }
        shuffle(roles);
        return roles;
    }

    private void shuffle(List<Persona> roles) {
        for (int i = roles.size() - 1; i > 0; i--) {
            Collections.swap(roles, i, dice.between(0, i));
        }
    }

    private CastMember member(Persona persona, String through, int index) {
        LocalDate[] window = window(persona);
        int circle = persona == Persona.CLOSE_FRIEND || persona == Persona.FRIEND || persona == Persona.FADED
                ? dice.between(0, circles - 1) : -1;
        String circleTag = circle < 0 ? null : Phrases.CIRCLE_TAGS.get(circle % Phrases.CIRCLE_TAGS.size());
        Person person = new Profiles(persona, window[0], window[1]).person(ids.next(), names.next(), circleTag,
                through, index);
        return new CastMember(person, persona, window[0], window[1], circle);
    }

    /** The first and last day of contact, within the journal's years and never after today. */
    private LocalDate[] window(Persona persona) {
        return switch (persona) {
            case CLOSE_FRIEND -> span(dice.dayBetween(start, today.minusYears(1)), daysAgo(0, 3));
            case KIN -> span(start, daysAgo(0, 20));
            case COLLEAGUE, ASKER -> span(dice.dayBetween(later(today.minusYears(5)), today.minusYears(1)),
                    daysAgo(0, 3));
            case HELPER -> span(dice.dayBetween(later(today.minusYears(5)), today.minusYears(1)), daysAgo(40, 70));
            case FADED -> faded();
            case NEW_COLLEAGUE -> span(today.minusDays(21), daysAgo(0, 4));
            case ACQUAINTANCE, WORKMATE -> passing(persona == Persona.WORKMATE ? 5 : 4);
            case FRIEND -> friend();
            case CONTACT -> contact();
        };
    }

    /** Lena: monthly talks for three to six years, the last of them 13 to 23 months ago. */
    private LocalDate[] faded() {
        LocalDate to = daysAgo(400, 700);
        return span(to.minusDays(dice.between(3 * 365 + 90, 6 * 365)), to);
    }

    /** Acquaintances and workmates come and go: one to a few years, some of them still around. */
    private LocalDate[] passing(int mostYears) {
        int days = dice.between(365, mostYears * 365);
        LocalDate to = dice.chance(0.4) ? daysAgo(0, 30) : dice.dayBetween(start, today);
        return span(to.minusDays(days), to);
    }

    /** Most friends are still friends; some drifted away. */
    private LocalDate[] friend() {
        LocalDate from = dice.dayBetween(start, today.minusDays(90));
        return span(from, dice.chance(0.8) ? daysAgo(0, 60) : dice.dayBetween(from, today));
    }

    private LocalDate[] contact() {
        LocalDate from = dice.dayBetween(start, today);
        return span(from, dice.dayBetween(from, today));
    }

    private LocalDate daysAgo(int fewest, int most) {
        return today.minusDays(dice.between(fewest, most));
    }

    /** Clamped to the journal's years; a window that the clamping turned around is one day. */
    private LocalDate[] span(LocalDate from, LocalDate to) {
        LocalDate first = clamp(from);
        LocalDate last = clamp(to);
        return first.isAfter(last) ? new LocalDate[] {last, last} : new LocalDate[] {first, last};
    }

    private LocalDate later(LocalDate day) {
        return day.isBefore(start) ? start : day;
    }

    private LocalDate clamp(LocalDate day) {
        return day.isBefore(start) ? start : day.isAfter(today) ? today : day;
    }

    /** Builds one person's profile, in the words of their persona. */
    private final class Profiles {
        private final Persona persona;
        private final LocalDate from;
        private final LocalDate to;

        Profiles(Persona persona, LocalDate from, LocalDate to) {
            this.persona = persona;
            this.from = from;
            this.to = to;
        }

        Person person(UUID id, Names.FullName name, String circleTag, String through, int index) {
            boolean kin = persona == Persona.KIN;
            boolean close = kin || persona == Persona.CLOSE_FRIEND || persona == Persona.FADED;
            String last = kin && dice.chance(0.6) ? familyName : name.last();
            String organisation = organisation();
            Person.Builder builder = Person.builder()
                    .id(id)
                    .name(name.first() + " " + last)
                    .nickname(name.nickname() != null && dice.chance(0.4) ? name.nickname() : null)
                    .emails(emails(name.first(), last, organisation))
                    .phones(dice.chance(close ? 0.95 : 0.6) ? List.of(phone()) : List.of())
                    .organization(organisation)
                    .title(organisation != null && dice.chance(0.8) ? dice.pick(Phrases.TITLES) : null)
                    .birthday(birthday(index))
                    .dates(close && dice.chance(0.3) || dice.chance(0.05) ? List.of(importantDate()) : List.of())
                    .tags(tags(circleTag))
                    .notes(dice.chance(0.1) ? dice.pick(Phrases.NOTES) : null)
                    .mattersToThem(dice.chance(persona.isCore() ? 0.7 : 0.2) ? dice.pick(Phrases.MATTERS) : null)
                    .kin(kin)
                    .ring(ring())
                    .cadenceDays(cadence())
                    .archived(archived());
            if (!kin && dice.chance(0.7)) {
                builder.howWeMet(Phrases.howWeMet(persona, circleTag == null ? "" : circleTag,
                        organisation == null ? myWorkplace : organisation, through, dice)).metOn(from);
            }
            return builder.build();
        }

        private String organisation() {
            if (persona == Persona.COLLEAGUE || persona == Persona.NEW_COLLEAGUE
                    || persona == Persona.WORKMATE && to.isAfter(today.minusDays(60))) {
                return myWorkplace;
            }
            return persona != Persona.KIN && dice.chance(0.55) ? dice.pick(Phrases.ORGANISATIONS) : null;
        }

        private List<String> emails(String first, String last, String organisation) {
            List<String> emails = new ArrayList<>(2);
            String local = Names.ascii(first) + "." + Names.ascii(last);
            if (dice.chance(0.85)) {
                emails.add(local + "@" + dice.pick(List.of("example.org", "example.com", "example.net")));
            }
            if (organisation != null && dice.chance(0.5)) {
                emails.add(local + "@" + Names.ascii(organisation) + ".example");
            }
            return emails;
        }

        /** Numbers from ranges reserved for fiction. */
        private String phone() {
            return switch (dice.between(0, 2)) {
                case 0 -> String.format("+44 7700 900%03d", dice.between(0, 999));
                case 1 -> String.format("+1 202 555 01%02d", dice.between(0, 99));
                default -> String.format("+61 491 570 %03d", dice.between(100, 199));
            };
        }

        /** Most people have a birthday, some without a year; two are born on February 29. */
        private PartialDate birthday(int index) {
            if (index == 0) {
                return new PartialDate(null, 2, 29);
            }
            if (index == 1) {
                return new PartialDate(1992, 2, 29);
            }
            if (!dice.chance(0.75)) {
                return null;
            }
            LocalDate day = LocalDate.ofYearDay(2001, dice.between(1, 365));
            int oldest = persona == Persona.KIN ? 95 : 80;
            Integer year = dice.chance(0.55) ? today.getYear() - dice.between(18, oldest) : null;
            return new PartialDate(year, day.getMonthValue(), day.getDayOfMonth());
        }

        private ImportantDate importantDate() {
            String label = dice.pick(Phrases.DATE_LABELS);
            LocalDate day = dice.dayBetween(today.minusYears(30), today);
            return new ImportantDate(label, label.equals("name day") ? new PartialDate(null, day.getMonthValue(),
                    day.getDayOfMonth()) : PartialDate.of(day));
        }

        private List<String> tags(String circleTag) {
            return switch (persona) {
                case CLOSE_FRIEND, FRIEND, FADED -> List.of("friends", circleTag);
                case KIN -> List.of("family");
                case COLLEAGUE, NEW_COLLEAGUE, WORKMATE -> List.of("work");
                case ASKER -> List.of(dice.pick(List.of("neighbours", "work")));
                case HELPER -> List.of("work", "mentor");
                case ACQUAINTANCE -> List.of(dice.pick(List.of("conference", "club")));
                case CONTACT -> List.of(dice.pick(List.of("work", "neighbours", "school", "club")));
            };
        }

        private Ring ring() {
            if (persona == Persona.CLOSE_FRIEND && dice.chance(0.3)) {
                return Ring.FIVE;
            }
            return persona == Persona.KIN && dice.chance(0.2) ? Ring.FIFTEEN : null;
        }

        private Integer cadence() {
            if (persona == Persona.KIN && dice.chance(0.25)) {
                return dice.pick(List.of(21, 28));
            }
            // A cadence of one's own is set for friends one still sees, not for those long gone.
            boolean current = to.isAfter(today.minusDays(60));
            return persona == Persona.FRIEND && current && dice.chance(0.03) ? dice.pick(List.of(60, 90)) : null;
        }

        /**
         * Many of the acquaintances and contacts I lost touch with long ago are archived, as a user
         * who holds reviews lets them go.
         */
        private boolean archived() {
            boolean longAgo = to.isBefore(today.minusMonths(18));
            boolean passing = persona == Persona.CONTACT || persona == Persona.ACQUAINTANCE
                    || persona == Persona.WORKMATE;
            return longAgo && passing && dice.chance(0.4);
        }
    }
}
