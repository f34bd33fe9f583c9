package app.kith.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainValidationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void aPersonNeedsANameAndTrimsTheRest() {
        assertThatThrownBy(() -> Person.named("   "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name is required")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("name");

        Person maya = Person.builder().name("  Maya Cole ").nickname(" ").tags(List.of("friends", " friends", ""))
                .emails(null).build();
        assertThat(maya.name()).isEqualTo("Maya Cole");
        assertThat(maya.nickname()).isNull();
        assertThat(maya.tags()).containsExactly("friends");
        assertThat(maya.emails()).isEmpty();
        assertThat(maya.displayName()).isEqualTo("Maya Cole");
    }

    @Test
    void aCadenceMustBeAPlausibleNumberOfDays() {
        assertThatThrownBy(() -> Person.builder().name("Raj").cadenceDays(0).build())
                .hasMessage("a cadence is between 1 and 3650 days, not 0");
        assertThat(Person.builder().name("Raj").cadenceDays(30).build().cadenceDays()).isEqualTo(30);
    }

    @Test
    void anInteractionNeedsSomeoneAndSaneMinutes() {
        assertThatThrownBy(() -> Interaction.create(DAY, Channel.CALL, Depth.DEEP, null, 10, List.of(), null))
                .hasMessage("a conversation needs at least one person");
        UUID maya = UUID.randomUUID();
        assertThatThrownBy(() -> Interaction.create(DAY, Channel.CALL, Depth.DEEP, null, -5, List.of(maya), null))
                .hasMessage("minutes must be between 0 and 1440, not -5");
        Interaction twice = Interaction.create(DAY, Channel.CALL, Depth.DEEP, Initiator.ME, 0, List.of(maya, maya), "");
        assertThat(twice.people()).containsExactly(maya);
        assertThat(twice.notes()).isNull();
    }

    @Test
    void codesReadBackAndUnknownOnesNameTheChoices() {
        assertThat(Channel.fromCode("in-person")).isEqualTo(Channel.IN_PERSON);
        assertThat(Depth.fromCode("small-talk")).isEqualTo(Depth.SMALL_TALK);
        assertThat(ReviewAction.fromCode("let-go")).isEqualTo(ReviewAction.LET_GO);
        assertThatThrownBy(() -> Channel.fromCode("telepathy"))
                .hasMessage("\"telepathy\" is not one of in-person, video, call, message, email, letter, social");
        assertThat(Ring.ofSize(15)).isEqualTo(Ring.FIFTEEN);
        assertThatThrownBy(() -> Ring.ofSize(12)).hasMessageContaining("12 is not a ring");
    }

    @Test
    void partialDatesReadBothFormsIncludingALeapDayWithoutAYear() {
        assertThat(PartialDate.parse("--03-14")).isEqualTo(new PartialDate(null, 3, 14));
        assertThat(PartialDate.parse("2014-06-12").toString()).isEqualTo("2014-06-12");
        assertThat(PartialDate.parse("--02-29").toString()).isEqualTo("--02-29");
        assertThatThrownBy(() -> PartialDate.parse("2023-02-29")).hasMessage("2023-02-29 is not a date");
        assertThatThrownBy(() -> PartialDate.parse("14/03")).hasMessageContaining("\"14/03\" is not a date");
        assertThat(PartialDate.parse("--02-29").nextOccurrence(LocalDate.of(2027, 1, 1)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(PartialDate.parse("--12-25").nextOccurrence(LocalDate.of(2026, 12, 26)))
                .isEqualTo(LocalDate.of(2027, 12, 25));
    }

    @Test
    void photosAreBoundedAndCompareByContent() {
        assertThatThrownBy(() -> new Photo("image/gif", new byte[] {1}))
                .hasMessage("a photo must be PNG or JPEG, not image/gif");
        assertThatThrownBy(() -> new Photo("image/png", new byte[Photo.MAX_BYTES + 1]))
                .hasMessageContaining("at most 512 KB");
        assertThat(new Photo("image/png", new byte[] {1, 2})).isEqualTo(new Photo("image/png", new byte[] {1, 2}));
    }

    @Test
    void aSnoozeNeedsItsEndAndACadenceDaysInRangeOrNoneToClearIt() {
        UUID lena = UUID.randomUUID();
        assertThatThrownBy(() -> new ReviewDecision(lena, ReviewAction.SNOOZED, null, null))
                .hasMessage("a snooze needs the day it ends");
        assertThatThrownBy(() -> new ReviewDecision(lena, ReviewAction.CADENCE, null, 0))
                .hasMessageContaining("a cadence is between 1 and");
        assertThatThrownBy(() -> ReviewDecision.cadence(lena, 3651)).hasMessageContaining("a cadence is between 1 and");
        assertThat(ReviewDecision.cadence(lena, null).clearsCadence()).isTrue();
        assertThat(ReviewDecision.cadence(lena, 30).clearsCadence()).isFalse();
        assertThat(new ReviewDecision(lena, ReviewAction.SKIPPED, DAY, 30).until()).isNull();
    }

    @Test
    void aFollowUpIsDueOnItsDayUntilDone() {
        FollowUp call = FollowUp.create(UUID.randomUUID(), DAY, "Send the article");
        assertThat(call.isDueBy(DAY.minusDays(1))).isFalse();
        assertThat(call.isDueBy(DAY)).isTrue();
        assertThat(new FollowUp(call.id(), call.person(), DAY, "x", true).isDueBy(DAY)).isFalse();
    }
}
