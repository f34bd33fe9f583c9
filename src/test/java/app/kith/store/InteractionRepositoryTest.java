package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionRepositoryTest extends JournalTest {

    @Test
    void aConversationWithEveryFieldComesBackAsSaved() {
        Person ada = addPerson("Ada");
        Interaction dinner = new Interaction(UUID.randomUUID(), LocalDate.of(2026, 11, 1), LocalTime.of(18, 30),
                Channel.IN_PERSON, Depth.DEEP, Initiator.THEM, 90, List.of(ada.id()), "Talked about Lisbon 🇵🇹");

        journal.interactions().add(dinner);

        assertThat(journal.interactions().get(dinner.id())).contains(dinner);
    }

    @Test
    void optionalFieldsMayBeMissing() {
        Person ada = addPerson("Ada");
        Interaction hello = Interaction.create(TODAY, Channel.SOCIAL, Depth.SMALL_TALK, null, null,
                List.of(ada.id()), null);

        journal.interactions().add(hello);

        assertThat(journal.interactions().get(hello.id())).contains(hello);
    }

    @Test
    void everyCodeOfEveryEnumerationIsStoredAndReadBack() {
        Person ada = addPerson("Ada");
        for (Channel channel : Channel.values()) {
            for (Depth depth : Depth.values()) {
                for (Initiator initiator : Initiator.values()) {
                    Interaction one = Interaction.create(TODAY, channel, depth, initiator, 5, List.of(ada.id()), null);
                    journal.interactions().add(one);
                    assertThat(journal.interactions().get(one.id())).contains(one);
                }
            }
        }
    }

    @Test
    void aGroupConversationKeepsEveryoneInNameOrder() {
        Person zed = addPerson("Zed");
        Person ada = addPerson("ada");
        Person mia = addPerson("Mia");
        Interaction dinner = talk(TODAY, zed, ada, mia);

        journal.interactions().add(dinner);

        assertThat(journal.interactions().get(dinner.id()).orElseThrow().people())
                .containsExactly(ada.id(), mia.id(), zed.id());
    }

    @Test
    void aConversationWithSomeoneNotInTheJournalIsRefusedInWordsAndNothingIsSaved() {
        Person ada = addPerson("Ada");
        Interaction withGhost = Interaction.create(TODAY, Channel.CALL, Depth.CATCH_UP, null, null,
                List.of(ada.id(), UUID.randomUUID()), null);

        assertThatThrownBy(() -> journal.interactions().add(withGhost))
                .isInstanceOf(JournalException.class)
                .hasMessage("Kith could not save to the journal: that person is not in the journal.");
        assertThat(journal.interactions().count()).isZero();
        assertThat(journal.interactions().get(withGhost.id())).isEmpty();
    }

    @Test
    void logSavesTheConversationItsFavoursAndItsFollowUpTogether() {
        Person ada = addPerson("Ada");
        Interaction lunch = talk(TODAY, ada);
        Favour advice = favour(TODAY, ada.id(), lunch.id());
        FollowUp send = FollowUp.create(ada.id(), TODAY.plusDays(7), "Send the translator's number");

        journal.interactions().log(lunch, List.of(advice), send);

        assertThat(journal.interactions().get(lunch.id())).contains(lunch);
        assertThat(journal.favours().get(advice.id())).contains(advice);
        assertThat(journal.followUps().forPerson(ada.id())).containsExactly(send);
    }

    @Test
    void logWithAFavourForSomeoneNotInTheJournalLeavesNothingBehind() {
        Person ada = addPerson("Ada");
        Interaction lunch = talk(TODAY, ada);
        Favour good = favour(TODAY, ada.id(), lunch.id());
        Favour ghost = favour(TODAY, UUID.randomUUID(), lunch.id());
        FollowUp send = FollowUp.create(ada.id(), TODAY.plusDays(7), "Send the number");

        assertThatThrownBy(() -> journal.interactions().log(lunch, List.of(good, ghost), send))
                .isInstanceOf(JournalException.class)
                .hasMessage("Kith could not save to the journal: that person is not in the journal.");

        assertThat(journal.counts()).isEqualTo(new JournalCounts(1, 0, 0, 0));
    }

    @Test
    void logWithAFollowUpForSomeoneNotInTheJournalLeavesNothingBehind() {
        Person ada = addPerson("Ada");
        Interaction lunch = talk(TODAY, ada);
        FollowUp ghost = FollowUp.create(UUID.randomUUID(), TODAY, "Call back");

        assertThatThrownBy(() -> journal.interactions().log(lunch, List.of(favour(TODAY, ada.id(), lunch.id())),
                ghost)).hasMessage("Kith could not save to the journal: that person is not in the journal.");

        assertThat(journal.counts()).isEqualTo(new JournalCounts(1, 0, 0, 0));
    }

    @Test
    void aFavourLinkedToAConversationNotInTheJournalIsRefusedInWords() {
        Person ada = addPerson("Ada");
        Favour dangling = favour(TODAY, ada.id(), UUID.randomUUID());

        assertThatThrownBy(() -> journal.favours().add(dangling))
                .hasMessage("Kith could not save to the journal: that conversation is not in the journal.");
    }

    @Test
    void anUpdateReplacesFieldsAndPeople() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        Interaction call = logTalk(TODAY.minusDays(3), ada);
        Interaction changed = new Interaction(call.id(), TODAY.minusDays(2), LocalTime.NOON, Channel.VIDEO,
                Depth.CATCH_UP, Initiator.MUTUAL, 15, List.of(bea.id()), "moved to video");

        journal.interactions().update(changed);

        assertThat(journal.interactions().get(call.id())).contains(changed);
        assertThat(journal.interactions().forPerson(ada.id(), 0, 10)).isEmpty();
        assertThat(journal.interactions().forPerson(bea.id(), 0, 10)).containsExactly(changed);
    }

    @Test
    void updatingAConversationNotInTheJournalIsRefusedAndAddsNothing() {
        Person ada = addPerson("Ada");

        assertThatThrownBy(() -> journal.interactions().update(talk(TODAY, ada)))
                .isInstanceOf(JournalException.class)
                .hasMessage("That conversation is no longer in the journal.");
        assertThat(journal.interactions().count()).isZero();
    }

    @Test
    void aFailedUpdateKeepsTheConversationAsItWas() {
        Person ada = addPerson("Ada");
        Interaction call = logTalk(TODAY, ada);
        Interaction withGhost = new Interaction(call.id(), TODAY, null, Channel.EMAIL, Depth.DEEP, null, null,
                List.of(UUID.randomUUID()), null);

        assertThatThrownBy(() -> journal.interactions().update(withGhost)).isInstanceOf(JournalException.class);

        assertThat(journal.interactions().get(call.id())).contains(call);
    }

    @Test
    void deletingUnlinksItsFavoursAndRestoringLinksThemAgain() {
        Person ada = addPerson("Ada");
        Interaction lunch = talk(TODAY, ada);
        Favour advice = favour(TODAY, ada.id(), lunch.id());
        journal.interactions().log(lunch, List.of(advice), null);

        DeletedInteraction deleted = journal.interactions().delete(lunch.id());

        assertThat(deleted.interaction()).isEqualTo(lunch);
        assertThat(deleted.linkedFavours()).containsExactly(advice.id());
        assertThat(journal.interactions().get(lunch.id())).isEmpty();
        assertThat(journal.favours().get(advice.id()).orElseThrow().interaction()).isNull();

        journal.interactions().restore(deleted);

        assertThat(journal.interactions().get(lunch.id())).contains(lunch);
        assertThat(journal.favours().get(advice.id())).contains(advice);
    }

    @Test
    void deletingAConversationNotInTheJournalIsRefusedInWords() {
        assertThatThrownBy(() -> journal.interactions().delete(UUID.randomUUID()))
                .isInstanceOf(JournalException.class)
                .hasMessage("That conversation is no longer in the journal.");
    }

    @Test
    void forPersonListsNewestFirstByDayThenTimeThenTheOrderLogged() {
        Person ada = addPerson("Ada");
        Interaction old = logTalk(TODAY.minusDays(10), ada);
        Interaction untimedFirst = logTalk(TODAY, ada);
        Interaction morning = journal(new Interaction(UUID.randomUUID(), TODAY, LocalTime.of(9, 0), Channel.CALL,
                Depth.CATCH_UP, null, null, List.of(ada.id()), null));
        Interaction evening = journal(new Interaction(UUID.randomUUID(), TODAY, LocalTime.of(20, 0), Channel.CALL,
                Depth.CATCH_UP, null, null, List.of(ada.id()), null));
        Interaction untimedSecond = logTalk(TODAY, ada);

        assertThat(ids(journal.interactions().forPerson(ada.id(), 0, 10))).containsExactly(
                evening.id(), morning.id(), untimedSecond.id(), untimedFirst.id(), old.id());
    }

    @Test
    void forPersonPagesThroughEveryConversationOnceAndOnlyTheirs() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        List<UUID> expected = new ArrayList<>();
        for (int day = 0; day < 25; day++) {
            expected.add(0, logTalk(TODAY.minusDays(25 - day), ada).id());
            logTalk(TODAY.minusDays(day), bea);
        }
        Interaction shared = logTalk(TODAY.plusDays(1), ada, bea);
        expected.add(0, shared.id());

        List<UUID> paged = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 10) {
            paged.addAll(ids(journal.interactions().forPerson(ada.id(), offset, 10)));
        }

        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(journal.interactions().forPerson(ada.id(), 0, 1).get(0).people())
                .containsExactlyInAnyOrder(ada.id(), bea.id());
        assertThat(journal.interactions().countForPerson(ada.id())).isEqualTo(26);
        assertThat(journal.interactions().forPerson(ada.id(), 26, 10)).isEmpty();
    }

    @Test
    void aNegativePageIsAProgrammingError() {
        assertThatThrownBy(() -> journal.interactions().forPerson(UUID.randomUUID(), -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countCountsEveryConversationOnceWhateverItsPeople() {
        Person ada = addPerson("Ada");
        Person bea = addPerson("Bea");
        logTalk(TODAY, ada, bea);
        logTalk(TODAY, ada);

        assertThat(journal.interactions().count()).isEqualTo(2);
        assertThat(journal.counts().interactions()).isEqualTo(2);
    }

    private Interaction journal(Interaction interaction) {
        journal.interactions().add(interaction);
        return interaction;
    }
}
