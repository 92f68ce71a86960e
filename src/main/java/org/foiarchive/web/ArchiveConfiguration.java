package org.foiarchive.web;

import java.io.IOException;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.index.ArchiveAnalyzers;
import org.foiarchive.index.IndexLocation;
import org.foiarchive.ingest.IngestListener;
import org.foiarchive.ingest.IngestPipeline;
import org.foiarchive.ingest.IngestReport;
import org.foiarchive.search.ArchiveSearcher;
import org.foiarchive.search.LuceneArchiveSearcher;
import org.foiarchive.search.Ranking;
import org.foiarchive.tag.ReferenceRecognizer;
import org.foiarchive.tag.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Wires the archive into Spring: analyzers, the corpus, and a searcher over an index that is fresh.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArchiveProperties.class)
class ArchiveConfiguration {
  private static final Logger log = LoggerFactory.getLogger(ArchiveConfiguration.class);

  @Bean
  ArchiveAnalyzers archiveAnalyzers() {
    return new ArchiveAnalyzers();
  }

  @Bean
  ReferenceRecognizer referenceRecognizer() {
    return new ReferenceRecognizer();
  }

  @Bean
  Corpus corpus(ArchiveProperties properties) {
    return Corpus.open(properties.corpus());
  }

  @Bean
  Topics topics(Corpus corpus) {
    return Topics.load(corpus.topicsFile());
  }

  @Bean
  IndexLocation indexLocation(ArchiveProperties properties) {
    return new IndexLocation(properties.index());
  }

  /**
   * Builds the index first when it is missing or was built from another corpus, so the archive
   * always serves. Each index generation keeps up to {@code foiarchive.search.result-cache} of
   * answers (32MB: a couple of thousand pages of results), so a request asked again (the next
   * reader of a shared link, a page reloaded) is not searched again; 0 turns it off, for measuring
   * the search itself.
   */
  @Bean(destroyMethod = "close")
  ArchiveSearcher archiveSearcher(
      ArchiveProperties properties,
      Corpus corpus,
      IndexLocation location,
      ArchiveAnalyzers analyzers,
      ReferenceRecognizer references,
      @Value("${foiarchive.search.result-cache:32MB}") DataSize resultCache)
      throws IOException {
    if (properties.ingestOnStart() && IngestPipeline.isStale(corpus, location, analyzers)) {
      log.info(
          "Index in {} is missing or older than the corpus in {}; bringing it up to date",
          location.root(),
          corpus.dir());
      try {
        IngestReport report =
            new IngestPipeline(analyzers)
                .run(
                    corpus,
                    location,
                    new IngestListener() {
                      @Override
                      public void failed(String sourceId, String reason) {
                        log.warn("Could not index source '{}': {}", sourceId, reason);
                      }
                    });
        log.info("Index up to date: {}", report.summary());
      } catch (IOException e) {
        // An ingest running beside the server (or a failed rebuild) must not stop it serving what
        // it has; the searcher switches to the new index when one is completed.
        if (location.current().isEmpty()) {
          throw e;
        }
        log.warn("Could not rebuild the index ({}); serving the existing one", e.getMessage());
      }
    }
    return new LuceneArchiveSearcher(
        location,
        analyzers,
        references,
        Ranking.DEFAULT,
        LuceneArchiveSearcher.SEARCH_TIMEOUT_MILLIS,
        resultCache.toBytes());
  }
}
