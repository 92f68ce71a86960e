package org.foiarchive.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The robots.txt rules of each host, read once per run with crawler-commons (wildcards, Allow
 * precedence, Crawl-delay). A missing robots.txt (4xx) allows everything; one that cannot be read
 * (5xx, timeout) allows nothing for this run, as RFC 9309 says.
 */
final class RobotsRules {
  /**
   * The product token our rules are looked up by: "User-agent: foiarchive" in a robots.txt applies
   * to us.
   */
  static final String ROBOT_NAME = "foiarchive";

  /** How robots.txt is read: one plain GET, no robots check of its own. */
  interface Loader {
    /** The HTTP status and body of robots.txt; status 0 when it could not be reached at all. */
    Response load(URI robots) throws InterruptedException;
  }

  record Response(int status, byte[] body, String contentType) {}

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> byHost = new HashMap<>();
  private final Loader loader;

  RobotsRules(Loader loader) {
    this.loader = loader;
  }

  static String hostKey(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  synchronized BaseRobotRules of(URI uri) throws InterruptedException {
    String key = hostKey(uri);
    BaseRobotRules rules = byHost.get(key);
    if (rules == null) {
      URI robots = URI.create(key + "/robots.txt");
      Response response = loader.load(robots);
      if (response.status() == 200) {
        rules =
            parser.parseContent(
                robots.toString(),
                response.body(),
                response.contentType() == null ? "text/plain" : response.contentType(),
                List.of(ROBOT_NAME));
      } else {
        // crawler-commons: 4xx means "no rules", 5xx (and 0, unreachable) means "stay away for
        // now".
        rules = parser.failedFetch(response.status() == 0 ? 503 : response.status());
      }
      byHost.put(key, rules);
    }
    return rules;
  }

  /** Null when the URL may be fetched, else the reason it may not. */
  String refusal(URI uri) throws InterruptedException {
    BaseRobotRules rules = of(uri);
    if (rules.isAllowed(uri.toString())) {
      return null;
    }
    return rules.isDeferVisits()
        ? "robots.txt of " + uri.getHost() + " could not be read; not fetching from it in this run"
        : "robots.txt of " + uri.getHost() + " disallows " + uri.getRawPath();
  }

  /** The host's Crawl-delay, if its robots.txt sets one. */
  Duration crawlDelay(URI uri) throws InterruptedException {
    long millis = of(uri).getCrawlDelay();
    return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0
        ? Duration.ZERO
        : Duration.ofMillis(millis);
  }
}
