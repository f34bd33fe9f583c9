package app.kith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tagsDifferingOnlyInCaseOrAccentsAreOneTag() {
        assertThat(Tags.same("Café", "cafe")).isTrue();
        assertThat(Tags.same("FAMILY", " family ")).isTrue();
        assertThat(Tags.same("Zürich", "zurich")).isTrue();
        assertThat(Tags.same("Ångström", "angstrom")).isTrue();
        assertThat(Tags.same("work", "works")).isFalse();
    }

    @Test
    void distinctKeepsTheFirstSpelling() {
        assertThat(Tags.distinct(List.of("Café", "climbing", "CAFE", "café", "Climbing")))
                .containsExactly("Café", "climbing");
    }

    @Test
    void spellingsGiveLaterTagsTheSpellingMetFirst() {
        Tags.Spellings spellings = new Tags.Spellings(List.of("Book club"));

        assertThat(spellings.spellAll(List.of("book CLUB", "Crèche", "creche"))).containsExactly("Book club", "Crèche");
        assertThat(spellings.spell("CRECHE")).isEqualTo("Crèche");
    }

    @Test
    void aKinPersonsTagsThatSayFamilyAreLeftToTheFamilyChip() {
        List<String> tags = List.of("family", "Climbing", "Kin", "Famíly");

        assertThat(Tags.shownBeside(true, tags)).containsExactly("Climbing");
        assertThat(Tags.shownBeside(false, tags)).as("without the kin flag the tag is all there is")
                .containsExactly("family", "Climbing", "Kin", "Famíly");
    }
}
