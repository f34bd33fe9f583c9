package app.kith.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Ring;
import app.kith.insight.Balance;
import app.kith.insight.DepthDirection;
import app.kith.insight.Kind;
import app.kith.insight.Status;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.text.Text;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A row of the People list says when you last talked: near days in words, farther ones as a date of the locale. */
@ExtendWith(ApplicationExtension.class)
class PersonCellDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | Sep 23, 2026 | last talked Sep 23, 2026",
        "en-GB | 23 Sept 2026 | last talked 23 Sept 2026",
        "de-DE | 23.09.2026 | last talked 23.09.2026",
    })
    void lastTalkedIsInWordsWhenNearAndADateOfTheLocaleWhenFar(String tag, String far, String farSaid,
                                                               FxRobot robot) {
        Locale locale = Locale.forLanguageTag(tag);

        assertThat(shown(robot, locale, TODAY.minusDays(3))).containsExactly("3 days ago", "last talked 3 days ago");
        assertThat(shown(robot, locale, LocalDate.of(2026, 9, 23))).containsExactly(far, farSaid);
        assertThat(shown(robot, locale, null)).containsExactly("Never", "last talked never");
    }

    /** The row's last-talked text and the part of its spoken text that says it. */
    private static List<String> shown(FxRobot robot, Locale locale, LocalDate lastTalked) {
        PersonRow row = new PersonRow(UUID.randomUUID(), "Ann Lee", null, null, List.of(), false, false, 40,
                new DepthDirection(40, 40, TODAY), Kind.CHAT, Balance.EVEN, Ring.FIFTY, Status.ACTIVE, lastTalked,
                TODAY.minusYears(1), false, "ann lee");
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            PersonCell cell = new PersonCell(CLOCK, locale);
            cell.updateItem(row, false);
            String spoken = cell.getAccessibleText();
            shown.add(((Text) cell.getGraphic().lookup(".kith-row-last")).getText());
            shown.add(spoken.substring(spoken.indexOf("last talked")));
        });
        return shown;
    }
}
