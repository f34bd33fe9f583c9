package app.kith.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesFileTest {

    @TempDir
    Path data;

    @Test
    void whatIsSavedIsReadBack() {
        PreferencesFile file = new PreferencesFile(data);
        WindowPreferences saved = new WindowPreferences(ThemeChoice.DARK, true, new WindowBounds(10.5, 20, 1000, 700), true);

        file.save(saved);

        assertThat(new PreferencesFile(data).load()).isEqualTo(saved);
        assertThat(data.resolve("window.properties")).exists();
    }

    @Test
    void noFileMeansAFirstRun() {
        assertThat(new PreferencesFile(data).load()).isEqualTo(WindowPreferences.FIRST_RUN);
    }

    @Test
    void nonsenseInTheFileFallsBackToTheDefaults() throws Exception {
        Files.writeString(data.resolve(PreferencesFile.FILE_NAME),
                "theme=purple\nwindow.x=left\nwindow.y=3\nwindow.width=-5\nwindow.height=7\n");

        WindowPreferences read = new PreferencesFile(data).load();

        assertThat(read.theme()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(read.bounds()).isNull();
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsNoReasonToFail() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("a-file"), "x");
        PreferencesFile file = new PreferencesFile(notAFolder);

        file.save(WindowPreferences.FIRST_RUN.withTheme(ThemeChoice.LIGHT));

        assertThat(file.load()).isEqualTo(WindowPreferences.FIRST_RUN);
    }

    @Test
    void theFileLivesInTheDataFolder() {
        assertThat(new PreferencesFile(data).file()).isEqualTo(data.resolve("window.properties"));
    }
}
