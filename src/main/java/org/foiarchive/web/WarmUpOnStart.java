package org.foiarchive.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.SearchRequest;
import org.foiarchive.search.WarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms the search up ({@link WarmUp}) on a thread of its own, from the moment the application is
 * ready to serve: on a machine whose cores are busy (a developer's two, shared with a build), a
 * warm-up beside Spring's own start took the cores that start needed, and the first reader waited
 * for both; once the server listens, the warm-up gives way to readers ({@link WarmUp}) and still
 * warms the search up before most of them come. It asks in two ways: first in process, then as a
 * reader does, over HTTP to the server's own {@code /api/search} on the loopback address, so that
 * Tomcat, Spring MVC and the JSON are compiled too, and the searches run often enough for the JIT's
 * optimising compiler to take up the code run once a search (at a million passages, a thousand
 * searches in process left the served path compiling for a minute under load, a fifth of the
 * server's CPU). {@code foiarchive.warm-up.searches} and {@code foiarchive.warm-up.requests} bound
 * the two ({@code searches=0} turns the whole warm-up off, as it always has; {@code requests=0} the
 * HTTP half only), {@code foiarchive.warm-up.time-limit} both together. With {@code
 * foiarchive.warm-up.then-exit} the server stops once the warm-up is done: the training run of
 * {@code ./foiarchive serve}, whose JVM then writes an AOT cache holding the classes and method
 * profiles of whole searches, not only of the start, so that later servers compile the search
 * early.
 */
@Component
class WarmUpOnStart {
  private static final Logger log = LoggerFactory.getLogger(WarmUpOnStart.class);

  /** The warm-up's thread, by name, as thread dumps and profiles show it. */
  private static final String THREAD_NAME = "search-warm-up";

  private static final String STOPPED = "Search warm-up stopped: the server is stopping";

  private final ArchiveSearcher searcher;
  private final int searches;
  private final int requests;
  private final Duration timeLimit;
  private final Duration readerQuiet;
  private final boolean thenExit;
  private final ConfigurableApplicationContext context;

  /** Set as the application stops: a warm-up cut short by the searcher's closing is no fault. */
  private volatile boolean stopping;

  /** This server's warm-up, once it has started. */
  private volatile Thread thread;

  WarmUpOnStart(
      ArchiveSearcher searcher,
      // At a million passages the mix's searches were as fast as its thousandth only after about a
      // thousand searches had been compiled for; three hundred left its first hundred 2-3x slower.
      @Value("${foiarchive.warm-up.searches:1000}") int searches,
      // The optimising compiler takes up a method called once a search after some thousands of
      // calls: with 5,000, the first 10 s of wrk on the served mix at a million passages took
      // 3.2 ms of server CPU a request, against 5.4 ms after the thousand searches in process.
      @Value("${foiarchive.warm-up.requests:5000}") int requests,
      // Both halves at a million passages took about a minute on two cores shared with other work.
      @Value("${foiarchive.warm-up.time-limit:60s}") Duration timeLimit,
      // A reader asking one question after another is between two of them for a moment: a warm-up
      // search started then ran beside the reader's next. Standing aside until readers have been
      // quiet this long made the first hundred of 1,000 questions asked one at a time from ready
      // about 2.5x faster at 200,000 passages on two busy cores (docs/performance.md, issue 15ak).
      @Value("${foiarchive.warm-up.reader-quiet:100ms}") Duration readerQuiet,
      @Value("${foiarchive.warm-up.then-exit:false}") boolean thenExit,
      ConfigurableApplicationContext context) {
    this.searcher = searcher;
    this.searches = searches;
    this.requests = requests;
    this.timeLimit = timeLimit;
    this.readerQuiet = readerQuiet;
    this.thenExit = thenExit;
    this.context = context;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startWarmUp() {
    LuceneArchiveSearcher lucene =
        searches > 0 && searcher instanceof LuceneArchiveSearcher l ? l : null;
    int port =
        context instanceof WebServerApplicationContext web && web.getWebServer() != null
            ? web.getWebServer().getPort()
            : -1;
    if (lucene == null && !thenExit) {
      return;
    }
    thread =
        new Thread(
            () -> {
              if (lucene != null) {
                warmUp(lucene, port);
              }
              exitIfTraining();
            },
            THREAD_NAME);
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /**
   * Whether this server's warm-up is searching now (the tests ask it of their own server: another
   * test's server, still open in the same JVM, may be warming up at the same time).
   */
  boolean running() {
    Thread started = thread;
    return started != null && started.isAlive();
  }

  /**
   * Called as the application starts to close, before the web server stops taking requests: a
   * {@code @PreDestroy} came only after, so the warm-up's next request found the port closed and
   * its log blamed the connection, as if the server could not be reached.
   */
  @EventListener(ContextClosedEvent.class)
  void serverStopping() {
    stopping = true;
  }

  /** Whether the application has begun to close (a test asks it as the web server stops). */
  boolean knowsTheServerIsStopping() {
    return stopping;
  }

  private void warmUp(LuceneArchiveSearcher lucene, int port) {
    long deadline = System.nanoTime() + timeLimit.toNanos();
    try (HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build()) {
      WarmUp.Done done = WarmUp.run(lucene, searches, timeLimit, readerQuiet);
      log.debug("Search warm-up: {} searches in process, now over HTTP", done.searches());
      // The time the first half stood aside for readers is not the warm-up's own either.
      long servedDeadline = deadline + done.waited().toNanos();
      WarmUp.Served served =
          port > 0 && requests > 0
              ? WarmUp.served(lucene, requests, servedDeadline, readerQuiet, overHttp(http, port))
              : new WarmUp.Served(0, Duration.ZERO, Duration.ZERO);
      if (stopping) {
        log.info(STOPPED);
        return;
      }
      log.info(
          "Search warmed up: {} searches of the index's own words in {} ms, then {} requests to"
              + " /api/search in {} ms ({} ms of it standing aside for readers)",
          done.searches(),
          done.took().toMillis(),
          served.requests(),
          served.took().toMillis(),
          done.waited().plus(served.waited()).toMillis());
    } catch (IOException e) {
      if (stopping) {
        log.info(STOPPED);
      } else {
        // The server cannot be reached on the loopback address (it listens on another only): the
        // search is warm, the served path not.
        log.info("Search warmed up in process; its requests over HTTP stopped: {}", e.toString());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.info(STOPPED);
    } catch (RuntimeException e) {
      if (stopping) {
        // Stopped early (soon after the server started): its index closed under it.
        log.info(STOPPED);
      } else {
        // A warm-up is an optimisation: a failure leaves the archive serving, only colder.
        log.warn("Search warm-up stopped: {}", e.toString());
      }
    }
  }

  /** Asks each question as a reader's request to this server, marked as the warm-up's own. */
  private WarmUp.Asker overHttp(HttpClient http, int port) {
    String base = "http://127.0.0.1:" + port;
    return request -> {
      HttpRequest get =
          HttpRequest.newBuilder(URI.create(base + apiPath(request)))
              .header(WarmUpToken.HEADER, WarmUpToken.secret())
              .timeout(timeLimit)
              .GET()
              .build();
      int status = http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status != 200) {
        log.info("Search warm-up over HTTP stopped: /api/search answered {}", status);
      }
      return status == 200 && !stopping;
    };
  }

  /** The request as an address on {@code /api/search}, with the parameters the API reads. */
  static String apiPath(SearchRequest request) {
    StringBuilder path = new StringBuilder("/api/search?q=").append(encode(request.query()));
    path.append("&limit=").append(request.limit());
    if (request.offset() > 0) {
      path.append("&offset=").append(request.offset());
    }
    appendEach(path, "topic", request.topics());
    appendEach(path, "kind", request.kinds());
    appendEach(path, "voice", request.voices());
    if (request.from() != null) {
      path.append("&from=").append(encode(request.from()));
    }
    if (request.to() != null) {
      path.append("&to=").append(encode(request.to()));
    }
    if (!request.facets()) {
      path.append("&facets=no");
    }
    return path.toString();
  }

  private static void appendEach(StringBuilder path, String name, List<String> values) {
    values.forEach(v -> path.append('&').append(name).append('=').append(encode(v)));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void exitIfTraining() {
    if (!thenExit) {
      return;
    }
    log.info("Warm-up done: the server stops (foiarchive.warm-up.then-exit)");
    SpringApplication.exit(context);
  }
}
