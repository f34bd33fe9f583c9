package app.kith.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run by {@link SecondProcessTest} in its own JVM: tries to open the journal in the folder given as the
 * first argument, as a second Kith window would (or for reading only, as a read command does, when the
 * second argument is {@code read}), and prints what a person would be told.
 * Exit status: 1 when the journal was refused with a sentence, 2 when it opened, 3 on anything else.
 */
public final class SecondKithWindow {

    private SecondKithWindow() {
    }

    public static void main(String[] args) {
        boolean reading = args.length > 1 && args[1].equals("read");
        try (Journal journal = reading ? Journal.openForReading(Path.of(args[0]), Clock.systemUTC())
                : Journal.open(Path.of(args[0]), Clock.systemUTC())) {
            System.out.println("opened a journal of " + journal.counts().people() + " people");
            System.exit(2);
        } catch (JournalException refused) {
            System.out.println(refused.getMessage());
            System.exit(1);
        } catch (RuntimeException unexpected) {
            System.out.println("unexpected: " + unexpected);
            System.exit(3);
        }
    }
}
