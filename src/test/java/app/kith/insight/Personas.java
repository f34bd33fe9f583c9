package app.kith.insight;

import static app.kith.insight.TestJournal.T;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Person;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/**
 * The eight personas of PRODUCT.md as a journal, each generated from its description with a seeded
 * random source, with dates relative to T.
 */
final class Personas {

    final TestJournal journal = new TestJournal();
    final Person maya;
    final Person tom;
    final Person dev;
    final Person raj;
    final Person sam;
    final Person lena;
    final Person chris;
    final Person rosa;
    private final Random random;

    Personas(long seed) {
        random = new Random(seed);
        maya = closeFriend();
        tom = conferenceAcquaintance();
        dev = colleague();
        raj = theAsker();
        sam = whoHelpedMe();
        lena = oldCloseFriend();
        chris = newColleague();
        rosa = grandmother();
    }

    /** In person or call every 1–2 weeks for two years, mostly personal or deep, shared initiative, favours both ways. */
    private Person closeFriend() {
        Person maya = journal.person("Maya Cole");
        int turn = 0;
        for (int daysAgo = between(0, 6); daysAgo < 730; daysAgo += between(7, 14)) {
            Channel channel = random.nextInt(10) < 6 ? Channel.IN_PERSON : Channel.CALL;
            Initiator initiator = random.nextInt(5) == 0 ? Initiator.MUTUAL : turn++ % 2 == 0 ? Initiator.ME : Initiator.THEM;
            journal.talk(T.minusDays(daysAgo), pick(Depth.PERSONAL, Depth.PERSONAL, Depth.DEEP, Depth.DEEP, Depth.CATCH_UP),
                    channel, initiator, between(45, 150), maya);
        }
        for (int daysAgo = between(5, 40); daysAgo < 730; daysAgo += between(50, 70)) {
            FavourSize size = pick(FavourSize.SMALL, FavourSize.MEDIUM);
            journal.favour(maya, daysAgo, FavourDirection.GIVEN, size, FavourStatus.DONE);
            journal.favour(maya, daysAgo + between(1, 10), FavourDirection.RECEIVED, size, FavourStatus.DONE);
        }
        return maya;
    }

    /** 20 small-talk social or message contacts over two years, the last one three weeks ago. */
    private Person conferenceAcquaintance() {
        Person tom = journal.person("Tom Reed");
        for (int i = 0; i < 20; i++) {
            int daysAgo = i == 0 ? 21 : between(22, 729);
            journal.talk(T.minusDays(daysAgo), Depth.SMALL_TALK, pick(Channel.SOCIAL, Channel.MESSAGE),
                    pick(Initiator.ME, Initiator.THEM, null), null, tom);
        }
        return tom;
    }

    /** Small talk in person almost every workday, for two years. */
    private Person colleague() {
        Person dev = journal.person("Dev Patel");
        for (LocalDate day = T.minusDays(730); !day.isAfter(T); day = day.plusDays(1)) {
            boolean workday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (workday && random.nextInt(10) < 9) {
                journal.talk(day, Depth.SMALL_TALK, Channel.IN_PERSON, pick(Initiator.ME, Initiator.THEM, Initiator.MUTUAL),
                        between(5, 15), dev);
            }
        }
        return dev;
    }

    /** He calls monthly to ask for help: eight favours given by me, none received. */
    private Person theAsker() {
        Person raj = journal.person("Raj Iyer");
        int favoursGiven = 0;
        for (int daysAgo = between(0, 20); daysAgo < 540; daysAgo += between(26, 34)) {
            journal.talk(T.minusDays(daysAgo), pick(Depth.CATCH_UP, Depth.PERSONAL), Channel.CALL, Initiator.THEM,
                    between(10, 40), raj);
            if (favoursGiven < 8) {
                journal.favour(raj, daysAgo, FavourDirection.GIVEN, pick(FavourSize.SMALL, FavourSize.MEDIUM),
                        FavourStatus.DONE);
                favoursGiven++;
            }
        }
        return raj;
    }

    /** Three large favours received, none given, the last talk fifty days ago, about monthly before. */
    private Person whoHelpedMe() {
        Person sam = journal.person("Sam Okafor");
        for (int daysAgo = 50; daysAgo < 50 + 365; daysAgo += between(25, 35)) {
            journal.talk(T.minusDays(daysAgo), pick(Depth.CATCH_UP, Depth.PERSONAL),
                    pick(Channel.IN_PERSON, Channel.CALL), pick(Initiator.ME, Initiator.THEM), between(20, 90), sam);
        }
        for (int i = 0; i < 3; i++) {
            journal.favour(sam, between(60, 300), FavourDirection.RECEIVED, FavourSize.LARGE, FavourStatus.DONE);
        }
        return sam;
    }

    /** Deep talks monthly for three years, then nothing for fourteen months. */
    private Person oldCloseFriend() {
        Person lena = journal.person("Lena Fischer");
        int latest = 425 + between(-5, 5);
        for (int daysAgo = latest; daysAgo < latest + 3 * 365; daysAgo += between(27, 33)) {
            journal.talk(T.minusDays(daysAgo), Depth.DEEP, pick(Channel.IN_PERSON, Channel.VIDEO, Channel.CALL),
                    pick(Initiator.ME, Initiator.THEM, Initiator.MUTUAL), between(60, 180), lena);
        }
        return lena;
    }

    /** A new colleague met three weeks ago: three catch-ups. */
    private Person newColleague() {
        Person chris = journal.person("Chris Young");
        journal.talk(21, Depth.CATCH_UP, Channel.IN_PERSON, chris);
        journal.talk(between(11, 20), Depth.CATCH_UP, Channel.IN_PERSON, chris);
        journal.talk(between(0, 10), Depth.CATCH_UP, Channel.IN_PERSON, chris);
        return chris;
    }

    /** Grandmother: a deep call every three to four weeks, for years. */
    private Person grandmother() {
        Person rosa = journal.person(Person.builder().name("Rosa Alvarez").kin(true));
        for (int daysAgo = between(0, 20); daysAgo < 3 * 365; daysAgo += between(21, 28)) {
            journal.talk(T.minusDays(daysAgo), Depth.DEEP, Channel.CALL, pick(Initiator.ME, Initiator.THEM, Initiator.MUTUAL),
                    between(30, 60), rosa);
        }
        return rosa;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    @SafeVarargs
    private <E> E pick(E... values) {
        return values[random.nextInt(values.length)];
    }
}
