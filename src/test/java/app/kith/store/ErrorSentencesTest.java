package app.kith.store;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** H2's refusals, met for real, reach a person as sentences without table names, SQL or codes. */
class ErrorSentencesTest extends JournalTest {

    private static final String INSERT_PERSON = "insert into person (id, name, pinned_ring, created_at, updated_at) "
            + "values (random_uuid(), ?, ?, current_timestamp, current_timestamp)";

    @Test
    void aValueOutsideAConstraintIsSaidInWords() {
        assertThatThrownBy(() -> journal.database().transact(ctx -> ctx.execute(INSERT_PERSON, "Ada", 7)))
                .isInstanceOf(JournalException.class)
                .hasMessage("Kith could not save to the journal: a value is not one the journal accepts.");
    }

    @Test
    void aTooLongTextIsSaidInWords() {
        assertThatThrownBy(() -> journal.database().transact(ctx -> ctx.execute(INSERT_PERSON, "x".repeat(201), 5)))
                .hasMessage("Kith could not save to the journal: a text is longer than the journal allows.");
    }

    @Test
    void aMissingRequiredValueIsSaidInWords() {
        assertThatThrownBy(() -> journal.database().transact(ctx -> ctx.execute(INSERT_PERSON, null, 5)))
                .hasMessage("Kith could not save to the journal: a required value is missing.");
    }

    @Test
    void deletingWhatOthersStillReferToIsSaidInWords() {
        var ada = addPerson("Ada");
        logTalk(TODAY, ada);

        assertThatThrownBy(() -> journal.database().transact(ctx -> ctx.execute("delete from person")))
                .hasMessage("Kith could not save to the journal: other entries in the journal still refer to that "
                        + "person.");
    }

    @Test
    void anythingElseGivesOnlyTheFirstLineOfTheReason() {
        assertThatThrownBy(() -> journal.database().read(ctx -> ctx.fetch("select * from no_such_table")))
                .hasMessageStartingWith("Kith could not read the journal in " + folder + ": ")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
