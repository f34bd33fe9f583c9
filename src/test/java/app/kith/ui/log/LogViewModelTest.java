package app.kith.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path data;

    private Journal journal;
    private final JournalChanges changes = new JournalChanges();
    private final List<String> undoMessages = new ArrayList<>();
    private final List<Runnable> undos = new ArrayList<>();
    private final OfferedUndos undo = new OfferedUndos((message, action) -> {
        undoMessages.add(message);
        undos.add(action);
    });
    private Person maya;
    private Person ben;
    private Person mo;

    @BeforeEach
    void openJournal() {
        journal = Journal.open(data, CLOCK);
        maya = add(Person.named("Maya Cole"));
        ben = add(Person.named("Ben Okafor"));
        mo = add(Person.builder().name("Maureen Lane").nickname("Mo").build());
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    private Person add(Person person) {
        journal.people().add(person);
        return person;
    }

    private LogViewModel form() {
        return new LogViewModel(new SameThreadTaskRunner(), journal, changes, undo, CLOCK, Locale.UK);
    }

    private LogViewModel newConversation(Person... with) {
        LogViewModel form = form();
        form.startConversation(java.util.Arrays.stream(with).map(Person::id).toList());
        return form;
    }

    @Test
    void aNewConversationStartsTodayWithNothingChosenAndNoMessages() {
        LogViewModel form = newConversation(maya);

        assertThat(form.readyProperty().get()).isTrue();
        assertThat(form.people()).extracting(PersonChoice::name).containsExactly("Maya Cole");
        assertThat(form.dateProperty().get()).isEqualTo(TODAY);
        assertThat(form.channelProperty().get()).isNull();
        assertThat(form.depthProperty().get()).isNull();
        assertThat(form.favours()).isEmpty();
        assertThat(form.editingProperty().get()).isFalse();
        assertThat(form.peopleErrorProperty().get()).isNull();
    }

    @Test
    void typingSuggestsByNameAndNicknameAndOffersANewPersonLast() {
        LogViewModel form = newConversation();

        form.typedProperty().set("mo");

        assertThat(form.suggestions()).extracting(PersonChoice::name).containsExactly("Maureen Lane");

        form.typedProperty().set("ma");
        assertThat(form.suggestions()).extracting(PersonChoice::name)
                .containsExactlyInAnyOrder("Maya Cole", "Maureen Lane", "ma");
        assertThat(form.suggestions().get(2).isNew()).isTrue();

        form.typedProperty().set("co");
        assertThat(form.suggestions()).extracting(PersonChoice::name).containsExactly("Maya Cole", "co");

        form.typedProperty().set("Maya Cole");
        assertThat(form.suggestions()).extracting(PersonChoice::isNew).containsExactly(false);
    }

    @Test
    void enterPicksTheFirstSuggestionAndPickedPeopleAreNotSuggestedAgain() {
        LogViewModel form = newConversation();
        form.typedProperty().set("ma");

        assertThat(form.pickTyped()).isTrue();

        assertThat(form.people()).extracting(PersonChoice::name).hasSize(1);
        assertThat(form.typedProperty().get()).isEmpty();
        form.typedProperty().set("ma");
        assertThat(form.suggestions()).extracting(PersonChoice::name)
                .doesNotContain(form.people().get(0).name());
    }

    @Test
    void savingAnEmptyFormShowsAMessageBesideEachMissingField() {
        LogViewModel form = newConversation();

        form.save();

        assertThat(form.peopleErrorProperty().get()).isEqualTo("Say who you talked with: type a name.");
        assertThat(form.channelErrorProperty().get()).isEqualTo("Choose how you talked.");
        assertThat(form.depthErrorProperty().get()).isEqualTo("Choose how deep the conversation went.");
        assertThat(form.doneProperty().get()).isFalse();
        assertThat(journal.interactions().count()).isZero();
    }

    @Test
    void aMessageGoesAwayAsSoonAsTheFieldIsRight() {
        LogViewModel form = newConversation(maya);
        form.save();

        form.channelProperty().set(Channel.CALL);

        assertThat(form.channelErrorProperty().get()).isNull();
        assertThat(form.depthErrorProperty().get()).isNotNull();
    }

    @Test
    void timeMinutesDateAndFollowUpAreChecked() {
        LogViewModel form = filled(newConversation(maya));
        form.timeProperty().set("25:00");
        form.minutesProperty().set("lots");
        form.followUpTextProperty().set("Send the article");
        form.dateNotUnderstood(true);

        form.save();

        assertThat(form.timeErrorProperty().get()).isEqualTo("Type the time as 18:30, or leave it empty.");
        assertThat(form.minutesErrorProperty().get()).isEqualTo("Minutes are a whole number from 0 to 1440.");
        assertThat(form.followUpErrorProperty().get()).isEqualTo("Give the follow-up a date.");
        assertThat(form.dateErrorProperty().get()).startsWith("Kith cannot read that date");
        assertThat(journal.interactions().count()).isZero();

        form.timeProperty().set("1830");
        form.minutesProperty().set("2000");
        form.followUpDateProperty().set(TODAY);
        form.followUpTextProperty().set("");
        form.dateNotUnderstood(false);
        form.save();
        assertThat(form.timeErrorProperty().get()).isNull();
        assertThat(form.minutesErrorProperty().get()).isEqualTo("Minutes are a whole number from 0 to 1440.");
        assertThat(form.followUpErrorProperty().get()).isEqualTo("Say what to follow up on, or clear the date.");
        assertThat(form.dateErrorProperty().get()).isNull();
    }

    @Test
    void datesFarOutsideALifeAreRefusedBesideTheirFields() {
        LogViewModel form = filled(newConversation(maya));
        form.dateProperty().set(LocalDate.of(1, 1, 1));
        form.followUpTextProperty().set("Send the article");
        form.followUpDateProperty().set(LocalDate.of(9999, 12, 31));

        form.save();

        assertThat(form.dateErrorProperty().get()).isEqualTo("0001-01-01 is outside the years Kith takes (1900 to 2100).");
        assertThat(form.followUpErrorProperty().get())
                .isEqualTo("9999-12-31 is outside the years Kith takes (1900 to 2100).");
        assertThat(journal.interactions().count()).isZero();

        form.dateProperty().set(TODAY);
        form.followUpDateProperty().set(TODAY.plusDays(7));
        assertThat(form.dateErrorProperty().get()).isNull();
        form.save();
        assertThat(form.followUpErrorProperty().get()).isNull();
        assertThat(journal.interactions().count()).isEqualTo(1);
    }

    @Test
    void aFavourWithSeveralPeopleMustSayWhoseItIs() {
        LogViewModel form = filled(newConversation(maya, ben));
        FavourForm favour = form.addFavour(FavourDirection.GIVEN);

        form.save();

        assertThat(favour.errorProperty().get()).isEqualTo("Say whose favour this is.");
        assertThat(journal.interactions().count()).isZero();
    }

    @Test
    void saveWritesTheConversationItsFavoursAndTheFollowUpInOneGo() {
        LogViewModel form = filled(newConversation(maya, ben));
        form.timeProperty().set("18:30");
        form.initiatedByProperty().set(Initiator.THEM);
        form.minutesProperty().set("90");
        form.notesProperty().set("Her move to Porto");
        FavourForm gave = form.addFavour(FavourDirection.GIVEN);
        gave.personProperty().set(form.people().get(1));
        gave.sizeProperty().set(FavourSize.MEDIUM);
        gave.kindProperty().set(FavourKind.ADVICE);
        gave.descriptionProperty().set("CV review");
        FavourForm got = form.addFavour(FavourDirection.RECEIVED);
        got.personProperty().set(form.people().get(0));
        got.promisedProperty().set(true);
        form.followUpDateProperty().set(TODAY.plusDays(7));
        form.followUpTextProperty().set("Send the article");
        long revision = changes.revisionProperty().get();

        form.save();

        assertThat(form.doneProperty().get()).isTrue();
        assertThat(changes.revisionProperty().get()).isEqualTo(revision + 1);
        Interaction saved = journal.interactions().forPerson(maya.id(), 0, 10).get(0);
        assertThat(saved.people()).containsExactlyInAnyOrder(maya.id(), ben.id());
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.time()).isEqualTo(LocalTime.of(18, 30));
        assertThat(saved.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(saved.depth()).isEqualTo(Depth.PERSONAL);
        assertThat(saved.initiatedBy()).isEqualTo(Initiator.THEM);
        assertThat(saved.minutes()).isEqualTo(90);
        assertThat(saved.notes()).isEqualTo("Her move to Porto");
        assertThat(journal.favours().forInteraction(saved.id())).extracting(Favour::person, Favour::direction,
                Favour::size, Favour::kind, Favour::description, Favour::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ben.id(), FavourDirection.GIVEN, FavourSize.MEDIUM,
                        FavourKind.ADVICE, "CV review", FavourStatus.DONE),
                org.assertj.core.groups.Tuple.tuple(maya.id(), FavourDirection.RECEIVED, FavourSize.SMALL,
                        FavourKind.HELP, null, FavourStatus.PROMISED));
        assertThat(journal.followUps().forPerson(maya.id())).extracting(FollowUp::text, FollowUp::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Send the article", TODAY.plusDays(7)));
    }

    @Test
    void theFollowUpGoesToWhoeverIsChosenAndStaysWithThePeopleOfTheEntry() {
        LogViewModel form = filled(newConversation(maya, ben));
        assertThat(form.followUpPersonProperty().get()).as("the first person by default")
                .isEqualTo(form.people().get(0));
        PersonChoice benChoice = form.people().get(1);
        form.followUpPersonProperty().set(benChoice);
        form.people().remove(benChoice);
        assertThat(form.followUpPersonProperty().get()).as("Ben left the entry").isEqualTo(form.people().get(0));
        form.people().add(benChoice);
        form.followUpPersonProperty().set(benChoice);
        form.followUpDateProperty().set(TODAY.plusDays(3));
        form.followUpTextProperty().set("Introduce him to Raj");

        form.save();

        assertThat(journal.followUps().forPerson(ben.id())).extracting(FollowUp::text)
                .containsExactly("Introduce him to Raj");
        assertThat(journal.followUps().forPerson(maya.id())).isEmpty();
    }

    @Test
    void aNewNameIsAddedToTheJournalWithTheConversation() {
        LogViewModel form = filled(newConversation(maya));
        form.typedProperty().set("Raj Iyer");
        form.pickTyped();

        form.save();

        assertThat(journal.people().count()).isEqualTo(4);
        UUID raj = form.people().get(1).id();
        assertThat(journal.people().get(raj).orElseThrow().name()).isEqualTo("Raj Iyer");
        assertThat(journal.interactions().countForPerson(raj)).isEqualTo(1);
    }

    @Test
    void editingFillsTheFormAndSaveRewritesTheConversationWithItsFavours() {
        Interaction lunch = new Interaction(UUID.randomUUID(), TODAY.minusDays(3), null, Channel.CALL,
                Depth.CATCH_UP, Initiator.ME, 20, List.of(maya.id()), "Lunch");
        Favour lent = Favour.create(lunch.date(), maya.id(), FavourDirection.GIVEN, FavourSize.LARGE, FavourKind.LOAN,
                "the drill", FavourStatus.DONE, lunch.id());
        journal.interactions().log(lunch, List.of(lent), null);
        LogViewModel form = form();

        form.editInteraction(lunch.id());

        assertThat(form.editingProperty().get()).isTrue();
        assertThat(form.people()).extracting(PersonChoice::name).containsExactly("Maya Cole");
        assertThat(form.dateProperty().get()).isEqualTo(lunch.date());
        assertThat(form.channelProperty().get()).isEqualTo(Channel.CALL);
        assertThat(form.minutesProperty().get()).isEqualTo("20");
        assertThat(form.favours()).hasSize(1);
        assertThat(form.favours().get(0).descriptionProperty().get()).isEqualTo("the drill");

        form.depthProperty().set(Depth.DEEP);
        form.removeFavour(form.favours().get(0));
        form.addFavour(FavourDirection.RECEIVED).descriptionProperty().set("dinner");
        form.save();

        Interaction saved = journal.interactions().get(lunch.id()).orElseThrow();
        assertThat(saved.depth()).isEqualTo(Depth.DEEP);
        assertThat(saved.notes()).isEqualTo("Lunch");
        assertThat(journal.favours().forInteraction(lunch.id())).extracting(Favour::description)
                .containsExactly("dinner");
        assertThat(journal.favours().get(lent.id())).isEmpty();
        assertThat(journal.interactions().count()).isEqualTo(1);
    }

    @Test
    void deleteRemovesTheConversationWithItsFavoursAndUndoBringsThemBack() {
        Interaction lunch = new Interaction(UUID.randomUUID(), LocalDate.of(2026, 3, 3), null, Channel.CALL,
                Depth.CATCH_UP, null, null, List.of(maya.id()), null);
        Favour lent = Favour.create(lunch.date(), maya.id(), FavourDirection.GIVEN, FavourSize.LARGE, FavourKind.LOAN,
                null, FavourStatus.DONE, lunch.id());
        journal.interactions().log(lunch, List.of(lent), null);
        LogViewModel form = form();
        form.editInteraction(lunch.id());

        form.delete();

        assertThat(form.doneProperty().get()).isTrue();
        assertThat(journal.interactions().count()).isZero();
        assertThat(journal.favours().count()).isZero();
        assertThat(undoMessages).containsExactly("Deleted the conversation with Maya Cole on 3 March");

        undos.get(0).run();

        assertThat(journal.interactions().get(lunch.id())).contains(lunch);
        assertThat(journal.favours().get(lent.id())).contains(lent);
    }

    @Test
    void anUndoThatCannotBeDoneIsSaidWhereTheUndoWasOffered() {
        Interaction lunch = new Interaction(UUID.randomUUID(), LocalDate.of(2026, 3, 3), null, Channel.CALL,
                Depth.CATCH_UP, null, null, List.of(maya.id()), null);
        journal.interactions().log(lunch, List.of(), null);
        LogViewModel form = form();
        form.editInteraction(lunch.id());
        form.delete();
        // Maya is deleted after the conversation: it has no one to come back to.
        journal.people().delete(maya.id());

        undos.get(0).run();

        assertThat(journal.interactions().get(lunch.id())).isEmpty();
        assertThat(undo.failures())
                .containsExactly("Kith could not put the conversation back: that person is not in the journal.");
    }

    @Test
    void aFavourOnItsOwnIsLoggedEditedAndDeletedWithUndo() {
        LogViewModel form = form();
        form.startFavour(ben.id());
        FavourForm favour = form.favours().get(0);
        assertThat(favour.personProperty().get().name()).isEqualTo("Ben Okafor");
        favour.directionProperty().set(FavourDirection.RECEIVED);
        favour.kindProperty().set(FavourKind.HOSPITALITY);
        form.save();
        Favour saved = journal.favours().forPerson(ben.id()).get(0);
        assertThat(saved.direction()).isEqualTo(FavourDirection.RECEIVED);
        assertThat(saved.interaction()).isNull();

        LogViewModel edit = form();
        edit.editFavour(saved.id());
        edit.favours().get(0).sizeProperty().set(FavourSize.LARGE);
        edit.save();
        assertThat(journal.favours().get(saved.id()).orElseThrow().size()).isEqualTo(FavourSize.LARGE);

        LogViewModel delete = form();
        delete.editFavour(saved.id());
        delete.delete();
        assertThat(journal.favours().count()).isZero();
        assertThat(undoMessages).containsExactly("Deleted the favour with Ben Okafor on 22 November");
        undos.get(0).run();
        assertThat(journal.favours().get(saved.id()).orElseThrow().size()).isEqualTo(FavourSize.LARGE);
    }

    @Test
    void aFavourOnItsOwnNeedsSomeone() {
        LogViewModel form = form();
        form.startFavour(null);

        form.save();

        assertThat(form.peopleErrorProperty().get()).isEqualTo("Say whose favour it was.");
        assertThat(journal.favours().count()).isZero();
    }

    @Test
    void editingSomethingThatIsGoneSaysSo() {
        LogViewModel form = form();

        form.editInteraction(UUID.randomUUID());

        assertThat(form.problemProperty().get()).isEqualTo("That conversation is no longer in the journal.");
        assertThat(form.readyProperty().get()).isFalse();
    }

    @Test
    void aConversationEditedAwayMeanwhileIsReportedAndTheFormStaysOpen() {
        Interaction lunch = Interaction.create(TODAY, Channel.CALL, Depth.CATCH_UP, null, null, List.of(maya.id()),
                null);
        journal.interactions().add(lunch);
        LogViewModel form = form();
        form.editInteraction(lunch.id());
        journal.interactions().delete(lunch.id());

        form.save();

        assertThat(form.problemProperty().get()).isEqualTo("That conversation is no longer in the journal.");
        assertThat(form.doneProperty().get()).isFalse();
        assertThat(form.busyProperty().get()).isFalse();
    }

    private static LogViewModel filled(LogViewModel form) {
        form.channelProperty().set(Channel.IN_PERSON);
        form.depthProperty().set(Depth.PERSONAL);
        return form;
    }
}
