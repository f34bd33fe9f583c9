package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a person's timeline: a conversation they took part in, or a favour between us. */
public sealed interface TimelineEntry {

    UUID id();

    LocalDate date();

    /** A conversation or meeting. */
    record Conversation(Interaction interaction) implements TimelineEntry {

        @Override
        public UUID id() {
            return interaction.id();
        }

        @Override
        public LocalDate date() {
            return interaction.date();
        }
    }

    /** A favour given or received. */
    record FavourDone(Favour favour) implements TimelineEntry {

        @Override
        public UUID id() {
            return favour.id();
        }

        @Override
        public LocalDate date() {
            return favour.date();
        }
    }
}
