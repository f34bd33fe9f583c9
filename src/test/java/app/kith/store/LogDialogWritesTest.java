package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writes the Log dialog makes: new people with an entry, a conversation revised or deleted with its favours. */
class LogDialogWritesTest extends JournalTest {

    @Test
    void aNewPersonIsAddedInTheSameTransactionAsTheirFirstConversation() {
        Person maya = addPerson("Maya Cole");
        Person ben = Person.named("Ben Okafor");
        Interaction lunch = talk(TODAY, ben, maya);
        Favour advice = favour(TODAY, ben.id(), lunch.id());
        FollowUp call = FollowUp.create(ben.id(), TODAY.plusDays(7), "Send the article");

        journal.interactions().log(List.of(ben), lunch, List.of(advice), call);

        assertThat(journal.people().get(ben.id())).contains(ben);
        assertThat(journal.interactions().get(lunch.id())).contains(lunch);
        assertThat(journal.favours().forInteraction(lunch.id())).containsExactly(advice);
        assertThat(journal.followUps().forPerson(ben.id())).containsExactly(call);
        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed()).containsKey(ben.id());
    }

    @Test
    void aRefusedConversationLeavesItsNewPeopleOut() {
        Person ben = Person.named("Ben Okafor");
        Person stranger = Person.named("Nobody");
        // The favour names someone who is not in the journal: the whole write is refused.
        Interaction lunch = talk(TODAY, ben);
        Favour broken = favour(TODAY, stranger.id(), lunch.id());

        assertThatThrownBy(() -> journal.interactions().log(List.of(ben), lunch, List.of(broken), null))
                .isInstanceOf(RuntimeException.class);

        assertThat(journal.people().count()).isZero();
        assertThat(journal.interactions().count()).isZero();
    }

    @Test
    void reviseRewritesTheConversationAndItsFavoursTogether() {
        Person maya = addPerson("Maya Cole");
        Person tom = addPerson("Tom Reed");
        Interaction lunch = talk(TODAY, maya);
        Favour kept = favour(TODAY, maya.id(), lunch.id());
        Favour dropped = favour(TODAY, maya.id(), lunch.id());
        journal.interactions().log(lunch, List.of(kept, dropped), null);
        Person raj = Person.named("Raj Iyer");

        Interaction changed = new Interaction(lunch.id(), TODAY.minusDays(1), null, Channel.VIDEO, Depth.DEEP,
                Initiator.THEM, 45, List.of(maya.id(), tom.id(), raj.id()), "Changed");
        Favour keptChanged = new Favour(kept.id(), kept.date(), tom.id(), kept.direction(), kept.size(), kept.kind(),
                "now Tom's", kept.status(), lunch.id());
        Favour added = favour(TODAY, raj.id(), lunch.id());
        journal.interactions().revise(List.of(raj), changed, List.of(keptChanged, added), null);

        assertThat(journal.interactions().get(lunch.id()).orElseThrow().channel()).isEqualTo(Channel.VIDEO);
        assertThat(journal.interactions().get(lunch.id()).orElseThrow().people()).hasSize(3);
        assertThat(journal.favours().forInteraction(lunch.id())).containsExactlyInAnyOrder(keptChanged, added);
        assertThat(journal.favours().get(dropped.id())).isEmpty();
        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed());
    }

    @Test
    void revisingAConversationThatIsGoneSaysSoAndChangesNothing() {
        Person maya = addPerson("Maya Cole");
        Person ben = Person.named("Ben Okafor");

        assertThatThrownBy(() -> journal.interactions().revise(List.of(ben), talk(TODAY, maya, ben), List.of(), null))
                .isInstanceOf(JournalException.class)
                .hasMessage("That conversation is no longer in the journal.");
        assertThat(journal.people().count()).isEqualTo(1);
    }

    @Test
    void deletingAConversationWithItsFavoursAndUndoingItPutsEverythingBack() {
        Person maya = addPerson("Maya Cole");
        Interaction lunch = talk(TODAY, maya);
        Favour advice = favour(TODAY, maya.id(), lunch.id());
        Favour apart = favour(TODAY, maya.id(), null);
        journal.interactions().log(lunch, List.of(advice), null);
        journal.favours().add(apart);

        DeletedConversation deleted = journal.interactions().deleteWithFavours(lunch.id());

        assertThat(journal.interactions().get(lunch.id())).isEmpty();
        assertThat(journal.favours().forPerson(maya.id())).containsExactly(apart);
        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed());

        journal.interactions().restore(deleted);

        assertThat(journal.interactions().get(lunch.id())).contains(lunch);
        assertThat(journal.favours().forInteraction(lunch.id())).containsExactly(advice);
        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed());
    }

    @Test
    void deletingAConversationThatIsGoneSaysSo() {
        assertThatThrownBy(() -> journal.interactions().deleteWithFavours(UUID.randomUUID()))
                .isInstanceOf(JournalException.class)
                .hasMessage("That conversation is no longer in the journal.");
    }

    @Test
    void aFavourOnItsOwnMayBringANewPersonAndAFollowUp() {
        Person ben = Person.named("Ben Okafor");
        Favour loan = favour(TODAY, ben.id(), null);
        FollowUp back = FollowUp.create(ben.id(), TODAY.plusDays(30), "Ask for the drill back");

        journal.favours().log(List.of(ben), loan, back);

        assertThat(journal.people().get(ben.id())).contains(ben);
        assertThat(journal.favours().forPerson(ben.id())).containsExactly(loan);
        assertThat(journal.followUps().forPerson(ben.id())).containsExactly(back);
        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed());
    }

    @Test
    void aFavourRevisedToANewPersonMovesToThem() {
        Person maya = addPerson("Maya Cole");
        Favour loan = favour(TODAY, maya.id(), null);
        journal.favours().add(loan);
        Person ben = Person.named("Ben Okafor");
        Favour moved = new Favour(loan.id(), loan.date(), ben.id(), loan.direction(), loan.size(), loan.kind(),
                loan.description(), loan.status(), null);

        journal.favours().revise(List.of(ben), moved, null);

        assertThat(journal.favours().forPerson(ben.id())).containsExactly(moved);
        assertThat(journal.favours().forPerson(maya.id())).isEmpty();
        assertThat(journal.digests().stored()).isEqualTo(journal.digests().recomputed());
    }
}
