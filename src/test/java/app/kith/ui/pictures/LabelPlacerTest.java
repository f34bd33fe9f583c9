package app.kith.ui.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names beside dots never overlap: right first, then left, above, below, else left out. */
class LabelPlacerTest {

    @Test
    void aNameGoesRightOfItsDotThenTriesTheOtherSides() {
        LabelPlacer placer = new LabelPlacer(400, 300);

        LabelPlacer.Box first = placer.place(100, 100, 5, 60, 14);
        LabelPlacer.Box second = placer.place(100, 100, 5, 60, 14);
        LabelPlacer.Box third = placer.place(100, 100, 5, 60, 14);
        LabelPlacer.Box fourth = placer.place(100, 100, 5, 60, 14);

        assertThat(first).isEqualTo(new LabelPlacer.Box(108, 93, 60, 14));
        assertThat(second.x()).as("left").isEqualTo(100 - 8 - 60);
        assertThat(third.y()).as("above").isEqualTo(100 - 8 - 14);
        assertThat(fourth.y()).as("below").isEqualTo(108);
        assertThat(placer.place(100, 100, 5, 60, 14)).as("no room left").isNull();
    }

    @Test
    void aNameNeverRunsOffTheDrawingNorOverAReservedBox() {
        LabelPlacer placer = new LabelPlacer(200, 100);
        placer.reserve(new LabelPlacer.Box(0, 0, 200, 40));

        assertThat(placer.place(190, 80, 4, 80, 14).x()).as("no room on the right").isEqualTo(190 - 7 - 80);
        assertThat(placer.place(40, 30, 4, 80, 14)).as("every side meets the reserved band").isNull();
        assertThat(placer.place(40, 42, 4, 50, 14)).as("just below it, below is all there is")
                .isEqualTo(new LabelPlacer.Box(15, 49, 50, 14));
    }
}
