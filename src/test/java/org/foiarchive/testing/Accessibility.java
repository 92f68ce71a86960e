package org.foiarchive.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An automated WCAG 2.2 AA audit of the page a browser shows, with axe-core (Deque's engine, from
 * its Maven artifact: served locally, never fetched). Axe is injected through WebDriver, which the
 * page's Content-Security-Policy does not govern, so the page is audited exactly as users get it.
 */
public final class Accessibility {
  /** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
  public static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final String AXE = load("/axe.min.js");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Accessibility() {}

  /**
   * Each violation as one readable line: rule, impact, what it asks, and the elements that fail it.
   */
  public static List<String> violations(ChromeDriver browser) {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    browser.executeScript(AXE);
    Object result =
        browser.executeAsyncScript(
            """
        var done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(function (r) { done(JSON.stringify(r.violations)); },
                function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])); });
        """,
            WCAG_22_AA);
    List<String> lines = new ArrayList<>();
    for (JsonNode v : JSON.readTree(String.valueOf(result))) {
      List<String> targets = new ArrayList<>();
      for (JsonNode node : v.path("nodes")) {
        targets.add(
            node.path("target").toString()
                + " "
                + node.path("failureSummary").asString("").replace('\n', ' '));
      }
      lines.add(
          v.path("id").asString()
              + " ("
              + v.path("impact").asString()
              + "): "
              + v.path("help").asString()
              + " "
              + targets);
    }
    return lines;
  }

  private static String load(String resource) {
    try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the test classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
