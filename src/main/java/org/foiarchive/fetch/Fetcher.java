package org.foiarchive.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.foiarchive.corpus.MediaTypes;

/**
 * Polite HTTP GET into a temporary file: robots.txt obeyed (for every redirect hop too), one
 * request at a time per host with a delay, a descriptive User-Agent, conditional GET, retries with
 * back-off on 429, 5xx, timeouts and broken connections (honouring Retry-After), a size limit,
 * bounded redirects, and a check that the body is the kind of file that was asked for. Nothing is
 * written to the corpus here: the caller stores a {@link Fetched} body only once it has passed. One
 * request at a time.
 */
public final class Fetcher implements AutoCloseable {
  private static final Set<Integer> RETRYABLE = Set.of(408, 425, 429, 500, 502, 503, 504);
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final FetchSettings settings;
  private final Sleeper sleeper;
  private final FetchListener listener;
  private final HttpClient client;
  private final HostThrottle throttle;
  private final RobotsRules robots;

  /**
   * Bodies are read on their own threads, so a stalled one can be abandoned without blocking the
   * next.
   */
  private final ExecutorService reader =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fetch-body");
            t.setDaemon(true);
            return t;
          });

  /**
   * Requests sent in this run (retries and redirect hops included, robots.txt not), against {@link
   * FetchSettings#maxRequests()}.
   */
  private int requestsSent;

  /** What to fetch and what is already known about it. */
  public record Request(URI uri, String etag, String lastModified, String expectedType) {
    public static Request of(String url) {
      return new Request(URI.create(url), null, null, null);
    }

    public Request expecting(String type) {
      return new Request(uri, etag, lastModified, type);
    }

    public Request ifChangedSince(String etag, String lastModified) {
      return new Request(uri, etag, lastModified, expectedType);
    }
  }

  public Fetcher(FetchSettings settings, Sleeper sleeper, FetchListener listener) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.listener = listener;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(
                HttpClient.Redirect.NEVER) // followed here, so each hop is checked and counted
            .connectTimeout(settings.connectTimeout())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.throttle = new HostThrottle(settings.perHostDelay(), sleeper);
    this.robots = new RobotsRules(this::loadRobots);
  }

  public Fetcher(FetchSettings settings) {
    this(settings, Sleeper.REAL, FetchListener.SILENT);
  }

  /**
   * Fetches, retrying what is worth retrying; the exception's message says why it finally failed.
   */
  public Fetched get(Request request) throws FetchException, InterruptedException {
    checkScheme(request.uri());
    Duration backoff = settings.initialBackoff();
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(request);
      } catch (Transient e) {
        if (attempt >= settings.maxAttempts()) {
          throw new FetchException(e.getMessage() + " (gave up after " + attempt + " attempts)");
        }
        Duration wait = e.retryAfter != null ? e.retryAfter : backoff;
        if (wait.compareTo(settings.maxRetryAfter()) > 0) {
          throw new FetchException(
              e.getMessage()
                  + "; the server asks to wait "
                  + wait.toSeconds()
                  + " s, longer than this run waits: try again later");
        }
        listener.retrying(request.uri().toString(), e.getMessage(), wait);
        sleeper.sleep(wait);
        backoff = backoff.multipliedBy(2);
      }
    }
  }

  /**
   * Null when robots.txt lets us fetch the address, else why not (reading robots.txt if not yet
   * read).
   */
  public String robotsRefusal(URI uri) throws InterruptedException {
    return robots.refusal(uri);
  }

  /**
   * True once this run has sent as many requests as it may; everything after fails with the reason.
   */
  public synchronized boolean requestCapReached() {
    return requestsSent >= settings.maxRequests();
  }

  private synchronized void countRequest(URI uri) throws FetchException {
    if (requestsSent >= settings.maxRequests()) {
      throw new FetchException(
          "not fetched: this run has sent its "
              + settings.maxRequests()
              + " requests (--max-requests); the rest waits for the next run");
    }
    requestsSent++;
  }

  /** A failure worth another attempt, with the wait the server asked for, if it did. */
  private static final class Transient extends Exception {
    final Duration retryAfter;

    Transient(String message, Duration retryAfter) {
      super(message);
      this.retryAfter = retryAfter;
    }
  }

  private Fetched attempt(Request request) throws FetchException, Transient, InterruptedException {
    URI uri = request.uri();
    Set<URI> seen = new LinkedHashSet<>();
    for (int hop = 0; ; hop++) {
      checkHop(request, uri, hop, seen);
      throttle.setDelay(RobotsRules.hostKey(uri), robots.crawlDelay(uri));
      URI current = uri;
      HttpResponse<InputStream> response =
          send(current, hop == 0 ? request : request.ifChangedSince(null, null));
      try {
        int status = response.statusCode();
        if (REDIRECTS.contains(status)) {
          uri = redirectTarget(uri, response);
          if (isAlaveteliMaskingWait(uri)) {
            throw new Transient(
                "the attachment is still being prepared by the site (" + uri.getPath() + ")", null);
          }
          continue;
        }
        if (status == 304 && (request.etag() != null || request.lastModified() != null)) {
          return notModified(request, uri, response.headers());
        }
        if (RETRYABLE.contains(status)) {
          throw new Transient("HTTP " + status + " from " + uri, retryAfter(response.headers()));
        }
        if (status != 200) {
          throw new FetchException("HTTP " + status + " from " + uri);
        }
        return body(request, uri, response);
      } finally {
        closeQuietly(response.body());
        throttle.done(RobotsRules.hostKey(current));
      }
    }
  }

  /**
   * Refuses a redirect loop, a redirect too many, and an address robots.txt forbids; {@code seen}
   * gathers the addresses visited.
   */
  private void checkHop(Request request, URI uri, int hop, Set<URI> seen)
      throws FetchException, InterruptedException {
    if (!seen.add(uri)) {
      List<String> chain = new ArrayList<>(seen.stream().map(URI::toString).toList());
      chain.add(uri.toString());
      throw new FetchException("redirect loop: " + String.join(" → ", chain));
    }
    if (hop > settings.maxRedirects()) {
      throw new FetchException(
          "too many redirects (more than " + settings.maxRedirects() + ") from " + request.uri());
    }
    String refusal = robots.refusal(uri);
    if (refusal != null) {
      throw new FetchException(refusal);
    }
  }

  /** A 304 to a conditional request: nothing fetched, the validators kept or renewed. */
  private static Fetched notModified(Request request, URI uri, HttpHeaders h) {
    return new Fetched(
        request.uri().toString(),
        uri.toString(),
        true,
        null,
        null,
        h.firstValue("ETag").orElse(request.etag()),
        h.firstValue("Last-Modified").orElse(request.lastModified()),
        null,
        0);
  }

  private HttpResponse<InputStream> send(URI uri, Request request)
      throws Transient, FetchException, InterruptedException {
    throttle.await(RobotsRules.hostKey(uri));
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(settings.responseTimeout())
            .header("User-Agent", settings.userAgent())
            .header(
                "Accept",
                request.expectedType() == null ? "*/*" : request.expectedType() + ", */*;q=0.1");
    if (request.etag() != null) {
      builder.header("If-None-Match", request.etag());
    }
    if (request.lastModified() != null) {
      builder.header("If-Modified-Since", request.lastModified());
    }
    countRequest(uri);
    listener.requesting(uri.toString());
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throttle.done(RobotsRules.hostKey(uri));
      throw new Transient(
          "no response from "
              + uri.getHost()
              + " within "
              + settings.responseTimeout().toSeconds()
              + " s",
          null);
    } catch (ConnectException e) {
      throttle.done(RobotsRules.hostKey(uri));
      throw new Transient(
          "cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""),
          null);
    } catch (IOException e) {
      throttle.done(RobotsRules.hostKey(uri));
      if (brokeOff(e)) {
        // The client may read the first chunk of the body before returning: a malformed or cut
        // chunk then surfaces here rather than while copying the body.
        throw new Transient("the body of " + uri + " broke off: " + describe(e), null);
      }
      throw new Transient("connection to " + uri.getHost() + " failed: " + describe(e), null);
    } catch (IllegalArgumentException e) {
      throw new FetchException("cannot request " + uri + ": " + e.getMessage());
    }
  }

  private static boolean brokeOff(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (t instanceof EOFException || message.contains("chunk") || message.contains("premature")) {
        return true;
      }
    }
    return false;
  }

  private Fetched body(Request request, URI finalUri, HttpResponse<InputStream> response)
      throws FetchException, Transient, InterruptedException {
    HttpHeaders headers = response.headers();
    long declared = headers.firstValueAsLong("Content-Length").orElse(-1);
    if (declared > settings.maxBytes()) {
      throw new FetchException(
          finalUri
              + " is "
              + declared
              + " bytes, over the size limit of "
              + settings.maxBytes()
              + " bytes");
    }
    Path temp = partFile();
    boolean kept = false;
    try {
      long size = copyWithLimits(response.body(), temp, finalUri);
      if (declared >= 0 && size != declared) {
        throw new Transient(
            "the body of " + finalUri + " broke off after " + size + " of " + declared + " bytes",
            null);
      }
      String[] type = mediaType(headers.firstValue("Content-Type").orElse(null));
      String contentType = declaredOrSniffed(type[0], temp, finalUri);
      checkExpectedType(request.expectedType(), contentType, finalUri);
      kept = true;
      return new Fetched(
          request.uri().toString(),
          finalUri.toString(),
          false,
          contentType,
          type[1],
          headers.firstValue("ETag").orElse(null),
          headers.firstValue("Last-Modified").orElse(null),
          temp,
          size);
    } finally {
      if (!kept) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a stray temporary file outside the corpus harms nothing
        }
      }
    }
  }

  private static Path partFile() throws FetchException {
    try {
      return Files.createTempFile("foiarchive-fetch-", ".part");
    } catch (IOException e) {
      throw new FetchException("cannot create a temporary file: " + describe(e), e);
    }
  }

  /** The type the server declared, or what the bytes show when it declared none or only "bytes". */
  private String declaredOrSniffed(String declared, Path body, URI uri) {
    if (declared == null
        || declared.equals("application/octet-stream")
        || declared.equals("binary/octet-stream")) {
      return sniff(body, uri);
    }
    return declared;
  }

  /**
   * Copies the body with a size limit and an overall deadline (a stalled body must not hang the
   * run).
   */
  private long copyWithLimits(InputStream in, Path temp, URI uri)
      throws FetchException, Transient, InterruptedException {
    Future<Long> copy =
        reader.submit(
            () -> {
              long total = 0;
              byte[] buffer = new byte[64 * 1024];
              try (OutputStream out = Files.newOutputStream(temp)) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  total += n;
                  if (total > settings.maxBytes()) {
                    return -1L;
                  }
                  out.write(buffer, 0, n);
                }
              }
              return total;
            });
    try {
      long size = copy.get(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (size < 0) {
        throw new FetchException(
            uri + " is over the size limit of " + settings.maxBytes() + " bytes");
      }
      return size;
    } catch (TimeoutException e) {
      closeQuietly(in);
      copy.cancel(true);
      throw new Transient(
          "the body of "
              + uri
              + " did not arrive within "
              + settings.responseTimeout().toSeconds()
              + " s",
          null);
    } catch (ExecutionException e) {
      throw new Transient("the body of " + uri + " broke off: " + describe(e.getCause()), null);
    }
  }

  private String sniff(Path file, URI uri) {
    try {
      String name =
          Path.of(uri.getPath().isEmpty() ? "/" : uri.getPath()).getFileName() == null
              ? null
              : Path.of(uri.getPath()).getFileName().toString();
      try (InputStream in = Files.newInputStream(file)) {
        return MediaTypes.of(in, name);
      }
    } catch (IOException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  /**
   * An HTML page where a file was asked for is the classic failure (Alaveteli serves a "hidden"
   * page with status 200 for a withdrawn attachment; sites serve login or error pages): refuse it.
   */
  static void checkExpectedType(String expected, String actual, URI uri) throws FetchException {
    if (expected == null || actual == null) {
      return;
    }
    boolean htmlServed = actual.equals("text/html") || actual.equals("application/xhtml+xml");
    boolean htmlExpected = expected.equals("text/html") || expected.equals("application/xhtml+xml");
    if (htmlServed && !htmlExpected) {
      throw new FetchException(
          uri
              + " served an HTML page where "
              + expected
              + " was expected (the file may be hidden, removed or behind a login)");
    }
    if (expected.equals("application/json") && !actual.contains("json")) {
      throw new FetchException(uri + " served " + actual + " where JSON was expected");
    }
  }

  private static boolean isAlaveteliMaskingWait(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    return path.startsWith("/attachments/") && path.endsWith("/wait");
  }

  private static URI redirectTarget(URI from, HttpResponse<?> response) throws FetchException {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new FetchException(
                        "HTTP " + response.statusCode() + " from " + from + " without a Location"));
    URI target;
    try {
      target = from.resolve(location.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      throw new FetchException("redirect from " + from + " to an invalid address: " + location);
    }
    checkScheme(target);
    return target;
  }

  private static void checkScheme(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new FetchException("only http and https addresses can be fetched: " + uri);
    }
  }

  /** Retry-After in seconds or as an HTTP date. */
  static Duration retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
    if (value.isEmpty() || value.get().isEmpty()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.get())));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }

  /** Splits "text/html; charset=utf-8" into the bare type and the charset. */
  static String[] mediaType(String header) {
    if (header == null || header.isBlank()) {
      return new String[] {null, null};
    }
    String[] parts = header.split(";");
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        charset = p.substring(8).replace("\"", "").strip();
      }
    }
    return new String[] {parts[0].strip().toLowerCase(Locale.ROOT), charset};
  }

  private RobotsRules.Response loadRobots(URI robotsUri) throws InterruptedException {
    try {
      throttle.await(RobotsRules.hostKey(robotsUri));
      listener.requesting(robotsUri.toString());
      HttpRequest request =
          HttpRequest.newBuilder(robotsUri)
              .GET()
              .timeout(settings.responseTimeout())
              .header("User-Agent", settings.userAgent())
              .build();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      byte[] body = response.body();
      if (body.length > 512 * 1024) {
        body = Arrays.copyOf(body, 512 * 1024); // Google reads 500 KiB of robots.txt; so do we
      }
      return new RobotsRules.Response(
          response.statusCode(),
          body,
          response.headers().firstValue("Content-Type").orElse("text/plain"));
    } catch (IOException e) {
      return new RobotsRules.Response(0, new byte[0], null);
    } finally {
      throttle.done(RobotsRules.hostKey(robotsUri));
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing to recover: the response is finished with
    }
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    reader.shutdownNow();
    client.close();
  }
}
