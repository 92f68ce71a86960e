package org.foiarchive.fetch;

import java.time.Duration;

/**
 * How politely and how far a fetch goes. The defaults suit the real sites (WhatDoTheyKnow asks for
 * at least a second between requests); tests shorten the times.
 *
 * @param userAgent sent with every request; names the archive and a contact URL, as GOV.UK and
 *     Alaveteli ask
 * @param perHostDelay the least time between two requests to one host (robots.txt Crawl-delay may
 *     raise it)
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long one attempt may take, headers and body together
 * @param maxBytes a body larger than this is refused, so one huge file cannot fill the disk
 * @param maxRedirects redirects followed per request before giving up
 * @param maxAttempts attempts per request when the server is busy (429, 5xx) or the connection
 *     fails
 * @param initialBackoff the wait before the first retry, doubled for each further one
 * @param maxRetryAfter a server asking for a longer wait than this is not retried in this run
 * @param maxRequests requests one run may send in all (retries and redirect hops included;
 *     robots.txt, read once a host, is not), so a discovery that matches more than expected, or a
 *     watch list grown long, cannot hammer a site
 */
public record FetchSettings(
    String userAgent,
    Duration perHostDelay,
    Duration connectTimeout,
    Duration responseTimeout,
    long maxBytes,
    int maxRedirects,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxRetryAfter,
    int maxRequests) {

  /**
   * Enough for a watch list of a few dozen entries with their attachments; a day's run stays under
   * it.
   */
  public static final int DEFAULT_MAX_REQUESTS = 1000;

  /**
   * The User-Agent: the archive, what it is for, and where site owners can reach whoever runs the
   * fetch (given with {@code --contact} or {@code FOIARCHIVE_CONTACT}). Without a contact it says
   * so rather than name an address nobody reads.
   */
  public static String userAgentFor(String contact) {
    String version = FetchSettings.class.getPackage().getImplementationVersion();
    String reach =
        contact == null || contact.isBlank() ? "no contact given" : "+" + contact.strip();
    return "foiarchive/"
        + (version == null ? "dev" : version)
        + " (archive of UK FOI responses for welfare-rights research; "
        + reach
        + ")";
  }

  public static FetchSettings defaults() {
    return new FetchSettings(
        userAgentFor(null),
        Duration.ofSeconds(2),
        Duration.ofSeconds(20),
        Duration.ofSeconds(120),
        100L * 1024 * 1024,
        5,
        4,
        Duration.ofSeconds(5),
        Duration.ofMinutes(5),
        DEFAULT_MAX_REQUESTS);
  }

  public FetchSettings withUserAgent(String agent) {
    return new FetchSettings(
        agent,
        perHostDelay,
        connectTimeout,
        responseTimeout,
        maxBytes,
        maxRedirects,
        maxAttempts,
        initialBackoff,
        maxRetryAfter,
        maxRequests);
  }

  public FetchSettings withPerHostDelay(Duration delay) {
    return new FetchSettings(
        userAgent,
        delay,
        connectTimeout,
        responseTimeout,
        maxBytes,
        maxRedirects,
        maxAttempts,
        initialBackoff,
        maxRetryAfter,
        maxRequests);
  }

  public FetchSettings withResponseTimeout(Duration timeout) {
    return new FetchSettings(
        userAgent,
        perHostDelay,
        connectTimeout,
        timeout,
        maxBytes,
        maxRedirects,
        maxAttempts,
        initialBackoff,
        maxRetryAfter,
        maxRequests);
  }

  public FetchSettings withMaxBytes(long bytes) {
    return new FetchSettings(
        userAgent,
        perHostDelay,
        connectTimeout,
        responseTimeout,
        bytes,
        maxRedirects,
        maxAttempts,
        initialBackoff,
        maxRetryAfter,
        maxRequests);
  }

  public FetchSettings withRetries(int attempts, Duration backoff) {
    return new FetchSettings(
        userAgent,
        perHostDelay,
        connectTimeout,
        responseTimeout,
        maxBytes,
        maxRedirects,
        attempts,
        backoff,
        maxRetryAfter,
        maxRequests);
  }

  public FetchSettings withMaxRequests(int requests) {
    return new FetchSettings(
        userAgent,
        perHostDelay,
        connectTimeout,
        responseTimeout,
        maxBytes,
        maxRedirects,
        maxAttempts,
        initialBackoff,
        maxRetryAfter,
        requests);
  }
}
