package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final WindowBounds LAPTOP = new WindowBounds(0, 0, 1440, 900);
    private static final WindowBounds MONITOR = new WindowBounds(1440, 0, 2560, 1440);

    @Test
    void aFirstRunOpensCentredWithAMargin() {
        WindowBounds placed = WindowPlacement.place(null, List.of(LAPTOP));

        assertThat(placed).isEqualTo(new WindowBounds(120, 60, 1200, 780));
    }

    @Test
    void aFirstRunOnASmallScreenLeavesTheMarginToo() {
        WindowBounds placed = WindowPlacement.place(null, List.of(new WindowBounds(0, 0, 1000, 700)));

        assertThat(placed.width()).isEqualTo(900);
        assertThat(placed.height()).isEqualTo(630);
    }

    @Test
    void aWindowThatWasOnAnUnpluggedMonitorComesBackToThePrimaryScreen() {
        WindowBounds lastTime = new WindowBounds(2000, 200, 1600, 1000);

        WindowBounds placed = WindowPlacement.place(lastTime, List.of(LAPTOP));

        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 1440, 900));
    }

    @Test
    void aWindowOnTheSecondMonitorStaysThere() {
        WindowBounds lastTime = new WindowBounds(1600, 100, 1200, 800);

        assertThat(WindowPlacement.place(lastTime, List.of(LAPTOP, MONITOR))).isEqualTo(lastTime);
    }

    @Test
    void aWindowHangingOffTheEdgeIsPulledBackInside() {
        WindowBounds lastTime = new WindowBounds(1000, 500, 800, 600);

        WindowBounds placed = WindowPlacement.place(lastTime, List.of(LAPTOP));

        assertThat(placed).isEqualTo(new WindowBounds(640, 300, 800, 600));
    }

    @Test
    void aTinyRememberedWindowGrowsToTheSmallestUsefulSize() {
        WindowBounds placed = WindowPlacement.place(new WindowBounds(10, 10, 100, 80), List.of(LAPTOP));

        assertThat(placed.width()).isEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(placed.height()).isEqualTo(WindowPlacement.MIN_HEIGHT);
    }
}
