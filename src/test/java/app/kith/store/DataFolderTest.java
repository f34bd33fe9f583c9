package app.kith.store;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ada").toAbsolutePath();

    @Test
    void theCommandLineFolderWinsOverEverything() {
        Path chosen = Path.of("/data/kith").toAbsolutePath();

        assertThat(DataFolder.resolve(chosen, Map.of("KITH_HOME", "/elsewhere", "XDG_DATA_HOME", "/xdg"),
                "Linux", HOME)).isEqualTo(chosen);
    }

    @Test
    void aRelativeCommandLineFolderIsTakenFromTheWorkingDirectory() {
        assertThat(DataFolder.resolve(Path.of("journal/../mine"), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("mine").toAbsolutePath());
    }

    @Test
    void kithHomeComesNext() {
        assertThat(DataFolder.resolve(null, Map.of("KITH_HOME", "/srv/kith", "XDG_DATA_HOME", "/xdg"), "Linux",
                HOME)).isEqualTo(Path.of("/srv/kith").toAbsolutePath());
    }

    @Test
    void aBlankKithHomeIsIgnored() {
        assertThat(DataFolder.resolve(null, Map.of("KITH_HOME", " "), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/kith"));
    }

    @Test
    void onLinuxTheXdgDataHomeIsUsed() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg/data"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg/data/kith"));
    }

    @Test
    void onLinuxWithoutXdgDataHomeTheXdgDefaultIsUsed() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME)).isEqualTo(HOME.resolve(".local/share/kith"));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/kith"));
    }

    @Test
    void onMacOsApplicationSupportIsUsed() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("Kith"));
    }

    @Test
    void onWindowsAppDataIsUsed() {
        Path appData = Path.of("/Users/ada/AppData/Roaming").toAbsolutePath();

        assertThat(DataFolder.resolve(null, Map.of("APPDATA", appData.toString()), "Windows 11", HOME))
                .isEqualTo(appData.resolve("Kith"));
    }

    @Test
    void onWindowsWithoutAppDataTheRoamingFolderInHomeIsUsed() {
        assertThat(DataFolder.resolve(null, Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Kith"));
    }
}
