package app.kith.insight.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComingUpTest {

    private static List<ComingDate> coming(String birthday, LocalDate asOf) {
        return ComingUp.of(List.of(new PersonDates(UUID.randomUUID(), "Ann", PartialDate.parse(birthday), List.of())),
                asOf);
    }

    @Test
    void twentyNinthOfFebruaryFallsOnTheTwentyEighthInACommonYear() {
        assertThat(coming("1988-02-29", LocalDate.of(2027, 2, 28)))
                .extracting(ComingDate::next, ComingDate::years)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 28), 39));
    }

    @Test
    void onceTheTwentyEighthHasPassedTheNextIsTheLeapDay() {
        assertThat(coming("--02-29", LocalDate.of(2027, 3, 1))).isEmpty();
        assertThat(coming("--02-29", LocalDate.of(2028, 2, 20))).extracting(ComingDate::next)
                .containsExactly(LocalDate.of(2028, 2, 29));
    }

    @Test
    void fourteenDaysAheadIsTheLastDayShown() {
        LocalDate asOf = LocalDate.of(2026, 12, 20);

        assertThat(coming("--01-03", asOf)).extracting(ComingDate::next).containsExactly(LocalDate.of(2027, 1, 3));
        assertThat(coming("--01-04", asOf)).isEmpty();
        assertThat(coming("--12-20", asOf)).extracting(ComingDate::next).containsExactly(asOf);
        assertThat(coming("--12-19", asOf)).isEmpty();
    }

    @Test
    void aYearAcrossTheTurnOfTheYearCountsFromTheNextOccurrence() {
        assertThat(coming("1990-01-02", LocalDate.of(2026, 12, 25))).extracting(ComingDate::years)
                .containsExactly(37);
    }

    @Test
    void aDateStillToComeFallsFirstOnItsOwnDay() {
        PersonDates fay = new PersonDates(UUID.randomUUID(), "Fay", null,
                List.of(new ImportantDate("wedding", PartialDate.parse("2028-01-05"))));

        assertThat(ComingUp.of(List.of(fay), LocalDate.of(2026, 12, 30))).isEmpty();
        assertThat(ComingUp.of(List.of(fay), LocalDate.of(2027, 12, 30))).extracting(ComingDate::next,
                ComingDate::years).containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 1, 5), 0));
    }

    @Test
    void theSameDayIsSortedByName() {
        LocalDate asOf = LocalDate.of(2026, 5, 1);
        PersonDates zoe = new PersonDates(UUID.randomUUID(), "zoe", PartialDate.parse("--05-02"), List.of());
        PersonDates adam = new PersonDates(UUID.randomUUID(), "Adam", PartialDate.parse("--05-02"), List.of());
        PersonDates bea = new PersonDates(UUID.randomUUID(), "Bea", PartialDate.parse("--05-01"), List.of());

        assertThat(ComingUp.of(List.of(zoe, adam, bea), asOf)).extracting(ComingDate::person)
                .containsExactly("Bea", "Adam", "zoe");
    }
}
