package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seam for per-person aggregates: every write that changes someone's conversations or favours tells
 * it who, inside its own transaction, so a failure there undoes the write.
 */
class EntryChangesTest extends JournalTest {

    private final List<Set<UUID>> told = new ArrayList<>();
    private boolean refuse;

    @Override
    Journal open() {
        return new Journal(Database.open(folder, clock), clock, (ctx, people) -> {
            told.add(Set.copyOf(people));
            if (refuse) {
                throw new JournalException("the aggregates could not be updated");
            }
        });
    }

    @Test
    void everyWriteToConversationsAndFavoursSaysWhoseChanged() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Person cy = addPerson("Cy");
        assertThat(told).as("people alone are no entries").isEmpty();

        Interaction dinner = talk(TODAY, ada, bea);
        Favour fromCy = favour(TODAY, cy.id(), dinner.id());
        journal.interactions().log(dinner, List.of(fromCy), null);
        assertThat(told).last().isEqualTo(Set.of(ada.id(), bea.id(), cy.id()));

        journal.interactions().update(new Interaction(dinner.id(), TODAY, null, Channel.VIDEO, Depth.DEEP, null, null,
                List.of(cy.id()), null));
        assertThat(told).last().isEqualTo(Set.of(ada.id(), bea.id(), cy.id()));

        DeletedInteraction deleted = journal.interactions().delete(dinner.id());
        assertThat(told).last().isEqualTo(Set.of(cy.id()));
        journal.interactions().restore(deleted);
        assertThat(told).last().isEqualTo(Set.of(cy.id()));

        Favour toAda = favour(TODAY, ada.id(), null);
        journal.favours().add(toAda);
        assertThat(told).last().isEqualTo(Set.of(ada.id()));
        journal.favours().update(new Favour(toAda.id(), TODAY, bea.id(), toAda.direction(), toAda.size(), toAda.kind(),
                null, toAda.status(), null));
        assertThat(told).last().isEqualTo(Set.of(ada.id(), bea.id()));
        journal.favours().delete(toAda.id());
        assertThat(told).last().isEqualTo(Set.of(bea.id()));
    }

    @Test
    void deletingAPersonWithEntriesTellsWhoStillSharesTheirConversations() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        logTalk(TODAY, ada, bea);
        logTalk(TODAY, ada);

        PersonRemoval removal = journal.people().deleteWithEntries(ada.id());
        assertThat(told).last().isEqualTo(Set.of(bea.id()));

        journal.people().restore(removal);
        assertThat(told).last().isEqualTo(Set.of(ada.id(), bea.id()));
    }

    @Test
    void whenTheAggregatesFailTheWriteIsUndone() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Interaction kept = logTalk(TODAY, ada, bea);
        refuse = true;

        assertThatThrownBy(() -> logTalk(TODAY, ada)).hasMessage("the aggregates could not be updated");
        assertThatThrownBy(() -> journal.interactions().delete(kept.id()))
                .hasMessage("the aggregates could not be updated");
        assertThatThrownBy(() -> journal.favours().add(favour(TODAY, ada.id(), null)))
                .hasMessage("the aggregates could not be updated");
        assertThatThrownBy(() -> journal.people().deleteWithEntries(ada.id()))
                .isInstanceOf(JournalException.class);

        assertThat(journal.counts()).isEqualTo(new JournalCounts(2, 1, 0, 0));
        assertThat(journal.interactions().get(kept.id())).contains(kept);
    }
}
