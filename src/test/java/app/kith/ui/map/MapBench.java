package app.kith.ui.map;

import app.kith.insight.JournalInsight;
import app.kith.store.Journal;
import app.kith.ui.KithApp;
import app.kith.ui.pictures.ThemeColours;
import app.kith.ui.shell.ThemeSwitcher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * Not a test: measures the Map on a journal made by {@code kith sample} (run on a copy):
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp … \
 *  app.kith.ui.map.MapBench DIR}
 * Reports laying the map out (median of 5), a hover hit-test (200,000 pointer places over the fitted map and as
 * many zoomed in 8 times; p50, p99, max) and a full redraw of the canvas on the FX thread with the theme's CSS
 * (100 redraws after 30 to warm up; p50, p95), the same redraw followed by a snapshot, which makes the
 * software renderer rasterise the frame (20; p50), and what a hover redraws: the focus overlay, rasterised (p50, p95).
 */
public final class MapBench {

    private static final int HOVERS = 200_000;
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 860;

    private MapBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        JournalInsight insight;
        try (Journal journal = Journal.open(folder, Clock.systemDefaultZone())) {
            System.out.printf(Locale.ROOT, "%s: %s%n", folder, journal.counts());
            insight = journal.scores().today();
        }
        long[] layouts = new long[5];
        List<MapPoint> points = null;
        for (int i = 0; i < layouts.length; i++) {
            long start = System.nanoTime();
            points = MapLayout.of(insight);
            layouts[i] = System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "%,d bubbles; layout with spreading: median %.1f ms%n", points.size(),
                median(layouts) / 1e6);
        MapIndex index = new MapIndex(points);
        hover(index, 1);
        hover(index, 8);
        redraw(points, index);
        System.exit(0);
    }

    private static void hover(MapIndex index, double zoom) {
        Viewport view = new Viewport();
        view.resize(WIDTH, HEIGHT);
        view.zoomAt(WIDTH / 2, HEIGHT * 0.9, zoom);
        Random random = new Random(11);
        int found = 0;
        for (int i = 0; i < HOVERS / 4; i++) {
            found += index.at(view, random.nextDouble() * WIDTH, random.nextDouble() * HEIGHT) == null ? 0 : 1;
        }
        long[] times = new long[HOVERS];
        for (int i = 0; i < HOVERS; i++) {
            double x = random.nextDouble() * WIDTH;
            double y = random.nextDouble() * HEIGHT;
            long start = System.nanoTime();
            found += index.at(view, x, y) == null ? 0 : 1;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "hover hit-test at zoom %.0f: p50 %.4f ms, p99 %.4f ms, max %.3f ms"
                        + " (%d hits)%n", zoom, times[HOVERS / 2] / 1e6, times[HOVERS * 99 / 100] / 1e6,
                times[HOVERS - 1] / 1e6, found);
    }

    private static void redraw(List<MapPoint> points, MapIndex index) throws Exception {
        AtomicReference<MapPainter> painter = new AtomicReference<>();
        AtomicReference<Canvas> canvas = new AtomicReference<>();
        Viewport view = new Viewport();
        view.resize(WIDTH, HEIGHT);
        onFx(() -> {
            Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
            ThemeColours colours = new ThemeColours(() -> { });
            Canvas surface = new Canvas(WIDTH, HEIGHT);
            Scene scene = new Scene(new Pane(colours.node(), surface), WIDTH, HEIGHT);
            scene.getStylesheets().add(KithApp.class.getResource("/app/kith/ui/kith.css").toExternalForm());
            scene.getRoot().applyCss();
            painter.set(new MapPainter(colours));
            canvas.set(surface);
        });
        MapPainter.Scene picture = new MapPainter.Scene(points, point -> true, points.get(0).id(), Motion.NONE,
                "Today");
        long[] paints = new long[100];
        onFx(() -> {
            for (int i = 0; i < 30; i++) {
                painter.get().paint(canvas.get().getGraphicsContext2D(), view, picture);
            }
            for (int i = 0; i < paints.length; i++) {
                long start = System.nanoTime();
                painter.get().paint(canvas.get().getGraphicsContext2D(), view, picture);
                paints[i] = System.nanoTime() - start;
                // Lets the canvas drop the commands drawn: a window would show each frame before the next.
                canvas.get().getGraphicsContext2D().clearRect(0, 0, 1, 1);
            }
        });
        Arrays.sort(paints);
        System.out.printf(Locale.ROOT, "full redraw (commands on the FX thread): p50 %.2f ms, p95 %.2f ms%n",
                paints[50] / 1e6, paints[95] / 1e6);
        long[] rendered = new long[20];
        for (int i = 0; i < rendered.length; i++) {
            int at = i;
            onFx(() -> {
                long start = System.nanoTime();
                painter.get().paint(canvas.get().getGraphicsContext2D(), view, picture);
                canvas.get().snapshot(null, null);
                rendered[at] = System.nanoTime() - start;
            });
        }
        Arrays.sort(rendered);
        System.out.printf(Locale.ROOT, "full redraw rasterised by the software renderer (with a snapshot): p50 %.1f ms%n",
                rendered[10] / 1e6);
        long[] hovers = new long[200];
        Canvas overlay = new Canvas(WIDTH, HEIGHT);
        onFx(() -> {
            for (int i = 0; i < hovers.length; i++) {
                MapPainter.Scene moved = new MapPainter.Scene(points, point -> true,
                        points.get(i % points.size()).id(), Motion.NONE, "Today");
                long start = System.nanoTime();
                painter.get().paintFocus(overlay.getGraphicsContext2D(), view, moved);
                overlay.snapshot(null, null);
                hovers[i] = System.nanoTime() - start;
            }
        });
        Arrays.sort(hovers);
        System.out.printf(Locale.ROOT, "redraw on hover (the focus overlay only, rasterised): p50 %.2f ms, p95 %.2f ms%n",
                hovers[100] / 1e6, hovers[190] / 1e6);
    }

    private static void onFx(Runnable work) throws Exception {
        FutureTask<Void> task = new FutureTask<>(work, null);
        Platform.runLater(task);
        task.get();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
