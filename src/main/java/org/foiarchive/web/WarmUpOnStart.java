package org.foiarchive.web;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.WarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms the search up ({@link WarmUp}) on a thread of its own, from the moment the application is
 * ready to serve: on a machine whose cores are busy (a developer's two, shared with a build), a
 * warm-up beside Spring's own start took the cores that start needed, and the first reader waited
 * for both; once the server listens, the warm-up gives way to readers ({@link WarmUp}) and still
 * warms the search up before most of them come. {@code foiarchive.warm-up.searches} (0 turns it
 * off) and {@code foiarchive.warm-up.time-limit} bound it. With {@code
 * foiarchive.warm-up.then-exit} the server stops once the warm-up is done: the training run of
 * {@code ./foiarchive serve}, whose JVM then writes an AOT cache holding the classes and method
 * profiles of whole searches, not only of the start, so that later servers compile the search
 * early.
 */
@Component
class WarmUpOnStart {
  private static final Logger log = LoggerFactory.getLogger(WarmUpOnStart.class);

  /** The warm-up's thread, by name (the tests watch for it). */
  static final String THREAD_NAME = "search-warm-up";

  private final ArchiveSearcher searcher;
  private final int searches;
  private final Duration timeLimit;
  private final boolean thenExit;
  private final ConfigurableApplicationContext context;

  /** Set as the application stops: a warm-up cut short by the searcher's closing is no fault. */
  private volatile boolean stopping;

  WarmUpOnStart(
      ArchiveSearcher searcher,
      // At a million passages the mix's searches were as fast as its thousandth only after about a
      // thousand searches had been compiled for; three hundred left its first hundred 2-3x slower.
      @Value("${foiarchive.warm-up.searches:1000}") int searches,
      @Value("${foiarchive.warm-up.time-limit:30s}") Duration timeLimit,
      @Value("${foiarchive.warm-up.then-exit:false}") boolean thenExit,
      ConfigurableApplicationContext context) {
    this.searcher = searcher;
    this.searches = searches;
    this.timeLimit = timeLimit;
    this.thenExit = thenExit;
    this.context = context;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startWarmUp() {
    LuceneArchiveSearcher lucene =
        searches > 0 && searcher instanceof LuceneArchiveSearcher l ? l : null;
    if (lucene == null && !thenExit) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              if (lucene != null) {
                warmUp(lucene);
              }
              exitIfTraining();
            },
            THREAD_NAME);
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  @PreDestroy
  void stopping() {
    stopping = true;
  }

  private void warmUp(LuceneArchiveSearcher lucene) {
    try {
      WarmUp.Done done = WarmUp.run(lucene, searches, timeLimit);
      log.info(
          "Search warmed up: {} searches of the index's own words in {} ms",
          done.searches(),
          done.took().toMillis());
    } catch (RuntimeException e) {
      if (stopping) {
        // Stopped early (soon after the server started): its index closed under it.
        log.info("Search warm-up stopped: the server is stopping");
      } else {
        // A warm-up is an optimisation: a failure leaves the archive serving, only colder.
        log.warn("Search warm-up stopped: {}", e.toString());
      }
    }
  }

  private void exitIfTraining() {
    if (!thenExit) {
      return;
    }
    log.info("Warm-up done: the server stops (foiarchive.warm-up.then-exit)");
    SpringApplication.exit(context);
  }
}
