package app.kith.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddPersonViewModelTest {

    @TempDir
    Path data;

    private Journal journal;
    private final List<Person> added = new ArrayList<>();
    private AddPersonViewModel form;

    @BeforeEach
    void openJournal() {
        journal = Journal.open(data, Clock.systemUTC());
        form = new AddPersonViewModel(new SameThreadTaskRunner(), journal.people(), added::add);
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    @Test
    void aNameIsSavedAndTheFormIsDone() {
        form.nameProperty().set("  Maya Cole ");

        form.save();

        assertThat(journal.people().count()).isEqualTo(1);
        assertThat(added).extracting(Person::name).containsExactly("Maya Cole");
        assertThat(form.addedProperty().get()).isTrue();
        assertThat(form.nameErrorProperty().get()).isNull();
    }

    @Test
    void aBlankNameIsRefusedNextToTheFieldAndNothingIsSaved() {
        form.nameProperty().set("   ");

        form.save();

        assertThat(form.nameErrorProperty().get()).isEqualTo("Enter a name.");
        assertThat(journal.people().count()).isZero();
        assertThat(added).isEmpty();
        assertThat(form.addedProperty().get()).isFalse();
    }

    @Test
    void theMessageGoesAwayAsSoonAsTheNameIsRight() {
        form.save();
        form.nameProperty().set("M");

        assertThat(form.nameErrorProperty().get()).isNull();
    }

    @Test
    void anOverlongNameIsExplainedInTheDomainsWords() {
        form.nameProperty().set("x".repeat(201));

        form.save();

        assertThat(form.nameErrorProperty().get()).isEqualTo("Name is longer than 200 characters.");
        assertThat(journal.people().count()).isZero();
    }

    @Test
    void aSecondSaveAfterSuccessAddsNobodyElse() {
        form.nameProperty().set("Maya Cole");
        form.save();

        form.save();

        assertThat(journal.people().count()).isEqualTo(1);
    }
}
