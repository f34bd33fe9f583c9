package app.kith.ui;

import java.io.IOException;
import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's stylesheet parses cleanly: JavaFX skips what it cannot parse without failing, so a
 * rule left unclosed by a slip silently swallows the rules after it and a screen loses its look.
 */
class StylesheetTest {

    @AfterEach
    void forgetErrors() {
        CssParser.errorsProperty().clear();
    }

    @Test
    void everyRuleOfTheStylesheetParses() throws IOException {
        URL css = KithApp.class.getResource("/app/kith/ui/kith.css");
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(css);

        assertThat(CssParser.errorsProperty()).as("parse errors").isEmpty();
        // Each screen's rules are there, the last block of the file included.
        assertThat(sheet.getRules()).extracting(StylesheetTest::selectors)
                .anyMatch(selector -> selector.contains("kith-person-header"))
                .anyMatch(selector -> selector.contains("kith-log-dialog"))
                .anyMatch(selector -> selector.contains("kith-archive"));
    }

    private static String selectors(Rule rule) {
        return rule.getSelectors().toString();
    }
}
