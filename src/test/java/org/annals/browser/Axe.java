package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (from the npm registry, installed into target/test-npm by bin/setup-test-npm) run inside the page that the
 * browser shows. A check fails on any serious or critical violation of the WCAG 2.2 A/AA rules or axe's best
 * practices, and names the rule, its impact and the elements' selectors; lesser findings are printed only. Vaadin's
 * development-mode tools, which the tests run with and a production build leaves out, are not checked.
 */
final class Axe {

    private static final Path SCRIPT = Path.of("target", "test-npm", "node_modules", "axe-core", "axe.min.js");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
            "best-practice");

    private Axe() {
    }

    /** Checks the whole page, or only the parts matching {@code selectors} (e.g. "#events"). */
    static void assertNoSeriousViolations(Browser browser, String page, String... selectors) {
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : run(browser, selectors)) {
            String impact = violation.path("impact").asString("");
            String line = describe(violation);
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(line);
            } else {
                System.out.println("axe (" + page + ", not failing): " + line);
            }
        }
        assertThat(serious).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    private static List<JsonNode> run(Browser browser, String... selectors) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        String result = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's development-mode tools (absent from a production build) are not the application
                const exclude = [['copilot-main'], ['vaadin-dev-tools']];
                const context = arguments[0].length ? { include: arguments[0].map(s => [s]), exclude } : { exclude };
                axe.run(context, { runOnly: { type: 'tag', values: arguments[1] }, resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({ error: String(e) })));""",
                List.of(selectors), TAGS);
        JsonNode violations = JsonMapper.shared().readTree(result);
        assertThat(violations.path("error").isMissingNode()).as("axe ran: " + result).isTrue();
        List<JsonNode> all = new ArrayList<>();
        violations.forEach(all::add);
        return all;
    }

    /** "rule (impact): help — targets", one selector list per element; shadow-DOM paths are joined with " >> ". */
    private static String describe(JsonNode violation) {
        List<String> targets = new ArrayList<>();
        for (JsonNode node : violation.path("nodes")) {
            List<String> path = new ArrayList<>();
            node.path("target").forEach(t -> path.add(t.isArray() ? String.join(" >> ", t.valueStream().map(JsonNode::asString).toList()) : t.asString()));
            String summary = node.path("failureSummary").asString("").replace('\n', ' ');
            targets.add(String.join(" ", path) + (summary.isEmpty() ? "" : " [" + summary + "]"));
        }
        return violation.path("id").asString() + " (" + violation.path("impact").asString() + "): "
                + violation.path("help").asString() + " — " + String.join(" | ", targets);
    }

    private static String source() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by bin/setup-test-npm (Maven runs it before the tests)", e);
        }
    }
}
