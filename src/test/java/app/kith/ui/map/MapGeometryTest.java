package app.kith.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.kith.insight.Kind;
import app.kith.insight.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The map's geometry: zoom and pan, spreading a crowd, the pointer's bubble and the arrow keys' neighbour. */
class MapGeometryTest {

    private static MapPoint at(int n, double x, double y, double radius) {
        return new MapPoint(new UUID(0, n), "P" + n, 10, 0, 1, radius, Kind.CHIT, Status.ACTIVE, x, y);
    }

    private static Viewport fitted() {
        Viewport view = new Viewport();
        view.resize(1000 + 2 * Viewport.MARGIN, 500 + 2 * Viewport.MARGIN);
        return view;
    }

    @Test
    void fittedTheMapFillsTheCanvasInsideTheMargin() {
        Viewport view = fitted();

        assertThat(view.screenX(0)).isCloseTo(Viewport.MARGIN, within(1e-9));
        assertThat(view.screenX(MapLayout.SIZE)).isCloseTo(1000 + Viewport.MARGIN, within(1e-9));
        assertThat(view.screenY(MapLayout.SIZE)).isCloseTo(500 + Viewport.MARGIN, within(1e-9));
        assertThat(view.scaleX()).isEqualTo(1.0);
        assertThat(view.scaleY()).isEqualTo(0.5);
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorWhereItIsAndZeroGoesBack() {
        Viewport view = fitted();
        double mapX = view.mapX(300);
        double mapY = view.mapY(200);

        view.zoomAt(300, 200, 4);

        assertThat(view.zoom()).isEqualTo(4);
        assertThat(view.screenX(mapX)).isCloseTo(300, within(1e-9));
        assertThat(view.screenY(mapY)).isCloseTo(200, within(1e-9));
        view.reset();
        assertThat(view.zoom()).isEqualTo(1);
        assertThat(view.screenX(0)).isCloseTo(Viewport.MARGIN, within(1e-9));
    }

    @Test
    void panningStopsAtTheMapsEdgeAndAtTheFittedZoomDoesNotMove() {
        Viewport view = fitted();
        view.pan(400, 0);
        assertThat(view.screenX(0)).as("fitted, nothing to pan").isCloseTo(Viewport.MARGIN, within(1e-9));

        view.zoomAt(536, 286, 2);
        view.pan(100_000, 100_000);

        assertThat(view.screenX(0)).isCloseTo(Viewport.MARGIN, within(1e-9));
        assertThat(view.screenY(0)).isCloseTo(Viewport.MARGIN, within(1e-9));
        assertThat(view.zoom()).isEqualTo(2);
        view.zoomAt(0, 0, 1000);
        assertThat(view.zoom()).isEqualTo(Viewport.MAX_ZOOM);
        view.zoomAt(0, 0, 0.0001);
        assertThat(view.zoom()).isEqualTo(1);
    }

    @Test
    void aCrowdOnOnePlaceIsSpreadTheSameWayEveryTimeWithEveryCentreApart() {
        List<MapPoint> crowd = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            crowd.add(at(n, 500, 1000, 3));
        }

        List<MapPoint> spread = BubbleSpreader.spread(crowd);

        assertThat(spread.get(0)).as("the first keeps its place").isEqualTo(crowd.get(0));
        assertThat(BubbleSpreader.spread(crowd)).isEqualTo(spread);
        for (int i = 0; i < spread.size(); i++) {
            assertThat(spread.get(i).y()).isBetween(0.0, MapLayout.SIZE);
            for (int j = i + 1; j < spread.size(); j++) {
                double apart = Math.hypot(spread.get(i).x() - spread.get(j).x(), spread.get(i).y() - spread.get(j).y());
                assertThat(apart).isGreaterThanOrEqualTo(BubbleSpreader.GAP);
            }
        }
        Viewport view = new Viewport();
        view.resize(1000 + 2 * Viewport.MARGIN, 1000 + 2 * Viewport.MARGIN);
        MapIndex index = new MapIndex(spread);
        for (MapPoint point : spread) {
            assertThat(index.at(view, view.screenX(point.x()), view.screenY(point.y()))).isEqualTo(point);
        }
    }

    @Test
    void thePointerTakesTheBubbleWhoseCentreIsNearestAmongThoseItIsIn() {
        MapPoint big = at(1, 500, 500, 20);
        MapPoint small = at(2, 510, 500, 4);
        Viewport view = new Viewport();
        view.resize(1000 + 2 * Viewport.MARGIN, 1000 + 2 * Viewport.MARGIN);
        MapIndex index = new MapIndex(List.of(big, small));

        assertThat(index.at(view, view.screenX(508), view.screenY(500))).isEqualTo(small);
        assertThat(index.at(view, view.screenX(503), view.screenY(500))).isEqualTo(big);
        assertThat(index.at(view, view.screenX(480.5), view.screenY(500))).isEqualTo(big);
        assertThat(index.at(view, view.screenX(479), view.screenY(500))).isNull();
    }

    @Test
    void theArrowKeysMoveToTheNearestBubbleThatWayOnTheScreen() {
        MapPoint middle = at(1, 500, 500, 5);
        MapPoint right = at(2, 600, 510, 5);
        MapPoint farRight = at(3, 800, 500, 5);
        MapPoint up = at(4, 505, 300, 5);
        MapPoint behind = at(5, 300, 500, 5);
        MapIndex index = new MapIndex(List.of(middle, right, farRight, up, behind));
        Viewport view = fitted();

        assertThat(index.neighbour(middle, MapIndex.Direction.RIGHT, view, point -> true)).isEqualTo(right);
        assertThat(index.neighbour(middle, MapIndex.Direction.RIGHT, view, point -> point != right))
                .as("only lit bubbles are stepped to").isEqualTo(farRight);
        assertThat(index.neighbour(middle, MapIndex.Direction.UP, view, point -> true)).isEqualTo(up);
        assertThat(index.neighbour(middle, MapIndex.Direction.LEFT, view, point -> true)).isEqualTo(behind);
        assertThat(index.neighbour(middle, MapIndex.Direction.DOWN, view, point -> true)).isNull();
    }
}
