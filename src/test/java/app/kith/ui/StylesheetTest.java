package app.kith.ui;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
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

    @Test
    void theCompiledStylesheetSaysWhatTheTextSays() throws IOException {
        // JavaFX loads kith.bss, made by the build from kith.css, in the text's place.
        URL css = KithApp.class.getResource("/app/kith/ui/kith.css");
        URL bss = KithApp.class.getResource("/app/kith/ui/kith.bss");
        assertThat(bss).as("kith.bss beside kith.css").isNotNull();

        Stylesheet text = new CssParser().parse(css);
        Stylesheet binary = Stylesheet.loadBinary(bss);

        assertThat(binary.getRules()).extracting(StylesheetTest::said)
                .containsExactlyElementsOf(text.getRules().stream().map(StylesheetTest::said).toList());
    }

    /** A rule's selectors and each declaration's property and value. */
    private static String said(Rule rule) {
        return selectors(rule) + rule.getDeclarations().stream()
                .map(declaration -> declaration.getProperty() + ": " + value(declaration.getParsedValue()))
                .toList();
    }

    /** A parsed value written out whole: its own toString names nested arrays by their identity. */
    private static String value(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            return value(parsed.getValue()) + (parsed.getConverter() == null ? "" : " as " + parsed.getConverter());
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(StylesheetTest::value).toList().toString();
        }
        return String.valueOf(value);
    }

    private static String selectors(Rule rule) {
        return rule.getSelectors().toString();
    }
}
