package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void theNamedParameterGivesTheDataFolder() {
        assertThat(LaunchOptions.dataFolder(Map.of("data-dir", "/tmp/k"), List.of("--data-dir=/tmp/k")))
                .isEqualTo(Path.of("/tmp/k"));
    }

    @Test
    void theTwoWordFormWorksToo() {
        assertThat(LaunchOptions.dataFolder(Map.of(), List.of("--data-dir", "/tmp/k"))).isEqualTo(Path.of("/tmp/k"));
    }

    @Test
    void withoutItThePlatformDecides() {
        assertThat(LaunchOptions.dataFolder(Map.of(), List.of())).isNull();
        assertThat(LaunchOptions.dataFolder(Map.of(), List.of("--data-dir"))).isNull();
    }
}
