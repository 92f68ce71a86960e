package org.foiarchive.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.CorpusException;
import org.foiarchive.corpus.Sha256;
import org.foiarchive.corpus.SnapshotVersion;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;

/**
 * Fetches sources into a corpus: each address is recognised (a GOV.UK publication by its Content
 * API, an ICO decision notice by its address, an Alaveteli request page by its markup, anything
 * else as it is), its bytes become a snapshot and its provenance a manifest entry; attachments are
 * found and fetched as child sources. Each source is recorded on its own, only once every check has
 * passed, with the manifest written atomically: a source that fails leaves the corpus exactly as it
 * was. A source already in the manifest is fetched with a conditional GET; if its bytes changed,
 * the new snapshot is recorded and the old one kept in its history. Not thread-safe: one run at a
 * time per corpus.
 */
public final class CorpusFetcher {
  private final Fetcher fetcher;
  private final FetchListener listener;

  public CorpusFetcher(Fetcher fetcher, FetchListener listener) {
    this.fetcher = fetcher;
    this.listener = listener;
  }

  /**
   * Fetches each address and what it links to (attachments).
   *
   * @param kind the manifest kind for sources that are not recognised, or null for commentary
   */
  public FetchReport fetch(Path corpusDir, List<String> urls, SourceKind kind)
      throws InterruptedException {
    List<FetchReport.Outcome> outcomes = new ArrayList<>();
    listener.planned(urls.size());
    for (String url : urls) {
      outcomes.addAll(fetchOne(corpusDir, url.strip(), kind));
      listener.sourceDone(url);
    }
    return new FetchReport(outcomes);
  }

  /**
   * Fetches again every source of the manifest that has an address and no parent (attachments come
   * with their parent).
   */
  public FetchReport fetchManifest(Path corpusDir) throws InterruptedException {
    List<String> urls =
        Corpus.open(corpusDir).manifest().sources().stream()
            .filter(
                s ->
                    s.parent() == null
                        && s.provenance().url() != null
                        && s.provenance().url().matches("(?i)https?://.+"))
            .map(s -> s.provenance().url())
            .toList();
    return fetch(corpusDir, urls, null);
  }

  private List<FetchReport.Outcome> fetchOne(Path corpusDir, String url, SourceKind kind)
      throws InterruptedException {
    List<FetchReport.Outcome> outcomes = new ArrayList<>();
    URI uri;
    try {
      // A link to a message ("#incoming-123") is a link to its page: the fragment is never sent.
      uri = URI.create(url.replaceFirst("#.*$", "").replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      outcomes.add(failed(url, "not a valid address: " + e.getMessage()));
      return outcomes;
    }
    try {
      Optional<URI> api = GovUkSource.contentApiUri(uri);
      if (api.isPresent()) {
        try {
          govUk(corpusDir, api.get(), null, outcomes);
        } catch (FetchException e) {
          // The Content API is the better source; if it cannot be read, the page itself still can.
          listener.warning(
              api.get().toString(), e.getMessage() + "; reading the page as HTML instead");
          page(corpusDir, uri, kind, outcomes);
        }
      } else if (IcoSource.isLandingPage(uri)) {
        icoLanding(corpusDir, uri, outcomes);
      } else if (IcoSource.isNoticePdf(uri)) {
        outcomes.add(record(corpusDir, IcoSource.describePdf(uri), null, null));
      } else {
        page(corpusDir, uri, kind, outcomes);
      }
    } catch (FetchException | CorpusException | IOException e) {
      outcomes.add(failed(url, e.getMessage()));
    }
    return outcomes;
  }

  /**
   * Any address: fetched as it is; an Alaveteli request page is recognised by its markup. The page
   * is kept as served, with quoted sections folded: unfolding ({@code ?unfold=1}) would put the
   * requester's words, quoted back in a reply, inside the authority's message and so in the
   * official voice.
   */
  private void page(Path corpusDir, URI uri, SourceKind kind, List<FetchReport.Outcome> outcomes)
      throws FetchException, IOException, InterruptedException {
    String url = uri.toString();
    Source known =
        existing(corpusDir, WhatDoTheyKnowSource.canonicalUrl(url))
            .or(() -> existing(corpusDir, url))
            .orElse(null);
    try (Fetched fetched =
        fetcher.get(conditional(Fetcher.Request.of(url.replace(" ", "%20")), known))) {
      if (fetched.notModified()) {
        outcomes.add(unchanged(known));
        return;
      }
      Document html = isHtml(fetched.contentType()) ? parseHtml(fetched) : null;
      if (html != null && WhatDoTheyKnowSource.isRequestPage(html)) {
        request(corpusDir, fetched, html, outcomes);
        return;
      }
      if (html != null && GovUkSource.isGovUkPage(html)) {
        Description description = GovUkSource.describeHtml(html, url);
        FetchReport.Outcome recorded = record(corpusDir, description, null, fetched);
        outcomes.add(recorded);
        for (GovUkSource.Attachment a : GovUkSource.htmlAttachments(html)) {
          if (!a.htmlChapter()) {
            outcomes.add(
                recordChild(
                    corpusDir,
                    new Description(
                        a.url(),
                        null,
                        SourceKind.GUIDANCE,
                        a.title(),
                        description.publisher(),
                        null,
                        description.date(),
                        List.of(),
                        "Attachment of " + url,
                        null),
                    recorded.sourceId()));
          }
        }
        return;
      }
      String title =
          html != null && !html.title().isBlank() ? html.title().strip() : fileTitle(uri);
      Description description =
          new Description(
              url,
              null,
              kind == null ? SourceKind.COMMENTARY : kind,
              title,
              null,
              null,
              null,
              List.of(),
              null,
              null);
      outcomes.add(record(corpusDir, description, null, fetched));
    }
  }

  private void request(
      Path corpusDir, Fetched page, Document html, List<FetchReport.Outcome> outcomes)
      throws FetchException, IOException, InterruptedException {
    JsonNode json = null;
    String jsonUrl = WhatDoTheyKnowSource.jsonUrl(html, page.finalUrl());
    try (Fetched metadata =
        fetcher.get(Fetcher.Request.of(jsonUrl).expecting("application/json"))) {
      json = Json.parse(metadata.bytes());
    } catch (FetchException e) {
      // The JSON only adds metadata the page also shows: a request is archived without it.
      listener.warning(
          jsonUrl, "request metadata not read (" + e.getMessage() + "); using the page's own");
    }
    // Recorded by the address that served it: a feed's /request_event/N link redirects to the
    // request page.
    Description description = WhatDoTheyKnowSource.describe(html, page.finalUrl(), json);
    FetchReport.Outcome parent = record(corpusDir, description, null, page);
    outcomes.add(parent);
    for (WhatDoTheyKnowSource.Attachment a : WhatDoTheyKnowSource.attachments(html)) {
      Description child =
          new Description(
              a.url(),
              null,
              SourceKind.FOI_RESPONSE,
              description.title() + ": " + a.name(),
              description.publisher(),
              null,
              a.date(),
              List.of(),
              "Attachment to message " + a.incomingAnchor() + " of " + description.url(),
              a.expectedType());
      outcomes.add(recordChild(corpusDir, child, parent.sourceId()));
    }
  }

  private void govUk(Path corpusDir, URI api, String parentId, List<FetchReport.Outcome> outcomes)
      throws FetchException, IOException, InterruptedException {
    Source known =
        existing(corpusDir, api.toString().replace(GovUkSource.API_PREFIX, "")).orElse(null);
    try (Fetched fetched =
        fetcher.get(conditional(new Fetcher.Request(api, null, null, "application/json"), known))) {
      if (fetched.notModified()) {
        outcomes.add(unchanged(known));
        return;
      }
      JsonNode json = Json.parse(fetched.bytes());
      if (!GovUkSource.isContentItem(json)) {
        throw new FetchException(
            api + " is not a GOV.UK content item (no title or base_path in its JSON)");
      }
      Description description = GovUkSource.describe(api, json);
      FetchReport.Outcome recorded = record(corpusDir, description, parentId, fetched);
      outcomes.add(recorded);
      for (GovUkSource.Attachment a : GovUkSource.attachments(api, json)) {
        if (a.htmlChapter()) {
          try {
            Optional<URI> chapter = GovUkSource.contentApiUri(URI.create(a.url()));
            if (chapter.isPresent()) {
              govUk(corpusDir, chapter.get(), recorded.sourceId(), outcomes);
            }
          } catch (FetchException | IllegalArgumentException e) {
            outcomes.add(failed(a.url(), e.getMessage()));
          }
          continue;
        }
        Description child =
            new Description(
                a.url(),
                null,
                SourceKind.GUIDANCE,
                a.title(),
                description.publisher(),
                null,
                description.date(),
                List.of(),
                "Attachment of " + description.url(),
                a.contentType());
        outcomes.add(recordChild(corpusDir, child, recorded.sourceId()));
      }
    }
  }

  private void icoLanding(Path corpusDir, URI landing, List<FetchReport.Outcome> outcomes)
      throws FetchException, IOException, InterruptedException {
    Document html;
    try (Fetched page =
        fetcher.get(Fetcher.Request.of(landing.toString()).expecting("text/html"))) {
      html = parseHtml(page);
    }
    String pdf = IcoSource.pdfLink(html);
    if (pdf == null) {
      throw new FetchException(landing + " links no decision notice PDF");
    }
    outcomes.add(record(corpusDir, IcoSource.describe(landing, html, pdf), null, null));
  }

  private FetchReport.Outcome recordChild(Path corpusDir, Description child, String parentId)
      throws InterruptedException {
    if (parentId == null) {
      return failed(child.url(), "not fetched: its parent could not be recorded");
    }
    try {
      return record(corpusDir, child, parentId, null);
    } catch (FetchException | CorpusException | IOException e) {
      return failed(child.url(), e.getMessage());
    }
  }

  /**
   * Fetches (unless already fetched) and records one source. Everything that can fail is done
   * before the corpus is touched; then the snapshot is stored (temporary file, then a move) and the
   * manifest saved (temporary file, then a move).
   */
  private FetchReport.Outcome record(
      Path corpusDir, Description d, String parentId, Fetched already)
      throws FetchException, IOException, InterruptedException {
    Source known = existing(corpusDir, d.url()).orElse(null);
    Fetched fetched = already;
    boolean ours = false;
    try {
      if (fetched == null) {
        URI uri = URI.create(d.source().replace(" ", "%20"));
        fetched =
            fetcher.get(conditional(new Fetcher.Request(uri, null, null, d.expectedType()), known));
        ours = true;
      }
      if (fetched.notModified()) {
        return unchanged(known);
      }
      Corpus corpus = Corpus.open(corpusDir);
      SourceManifest manifest = corpus.manifest();
      known = d.url() == null ? null : manifest.findByUrl(d.url()).orElse(null);
      String sha = Sha256.of(fetched.body());
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      if (known != null && sha.equalsIgnoreCase(known.capture().sha256())) {
        if (!same(known.validators().etag(), fetched.etag())
            || !same(known.validators().lastModified(), fetched.lastModified())) {
          manifest
              .put(known.withValidators(fetched.etag(), fetched.lastModified()))
              .save(corpus.dir());
        }
        return unchanged(known);
      }
      Snapshots.Stored stored;
      try (InputStream in = Files.newInputStream(fetched.body())) {
        stored = corpus.snapshots().store(in, fetched.contentType());
      }
      Source entry;
      FetchReport.Status status;
      if (known != null) {
        List<SnapshotVersion> history = new ArrayList<>(known.history());
        history.add(known.capture());
        entry =
            fillGaps(known, d)
                .withSnapshot(stored.snapshot(), stored.sha256(), fetched.contentType(), now)
                .withValidators(fetched.etag(), fetched.lastModified())
                .withHistory(history);
        status = FetchReport.Status.UPDATED;
      } else {
        String id =
            manifest.newId(d.title() == null ? fileTitle(URI.create(d.source())) : d.title());
        entry =
            Source.of(id, d.url(), d.kind(), d.title())
                .withSnapshot(stored.snapshot(), stored.sha256(), fetched.contentType(), now)
                .withMetadata(
                    d.publisher(),
                    d.author(),
                    d.date(),
                    d.references(),
                    List.of(),
                    parentId,
                    d.note())
                .withValidators(fetched.etag(), fetched.lastModified());
        status = FetchReport.Status.ADDED;
      }
      manifest.put(entry).save(corpus.dir());
      listener.recorded(entry.id(), d.url(), status.name().toLowerCase(Locale.ROOT));
      return new FetchReport.Outcome(d.url(), entry.id(), status, null);
    } finally {
      if (ours && fetched != null) {
        fetched.close();
      }
    }
  }

  /**
   * An entry the user may have edited keeps what it says; discovery only fills what is missing. The
   * exception is a GOV.UK item's date, its "last updated": a new version takes the date it was
   * updated on (the earlier snapshot keeps its own in its history).
   */
  private static Source fillGaps(Source known, Description d) {
    Set<String> refs = new LinkedHashSet<>(known.provenance().references());
    refs.addAll(d.references());
    Source filled =
        known.withMetadata(
            known.provenance().publisher() != null ? known.provenance().publisher() : d.publisher(),
            known.provenance().author() != null ? known.provenance().author() : d.author(),
            d.fetchUrl() != null && d.date() != null || known.provenance().date() == null
                ? d.date()
                : known.provenance().date(),
            List.copyOf(refs),
            known.provenance().topics(),
            known.parent(),
            known.note() != null ? known.note() : d.note());
    return known.provenance().title() == null && d.title() != null
        ? filled.withTitle(d.title())
        : filled;
  }

  private static Fetcher.Request conditional(Fetcher.Request request, Source known) {
    return known == null || known.capture().snapshot() == null
        ? request
        : request.ifChangedSince(known.validators().etag(), known.validators().lastModified());
  }

  private FetchReport.Outcome unchanged(Source known) {
    listener.recorded(known.id(), known.provenance().url(), "unchanged");
    return new FetchReport.Outcome(
        known.provenance().url(), known.id(), FetchReport.Status.UNCHANGED, null);
  }

  private FetchReport.Outcome failed(String url, String reason) {
    listener.failed(url, reason);
    return new FetchReport.Outcome(url, null, FetchReport.Status.FAILED, reason);
  }

  private static Optional<Source> existing(Path corpusDir, String url) {
    return url == null ? Optional.empty() : Corpus.open(corpusDir).manifest().findByUrl(url);
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static boolean isHtml(String contentType) {
    return "text/html".equals(contentType) || "application/xhtml+xml".equals(contentType);
  }

  private static Document parseHtml(Fetched fetched) throws IOException {
    Charset charset = StandardCharsets.UTF_8;
    try {
      if (fetched.charset() != null) {
        charset = Charset.forName(fetched.charset());
      }
    } catch (IllegalArgumentException ignored) {
      // an unknown charset name: UTF-8 is what these sites send
    }
    return Jsoup.parse(new String(fetched.bytes(), charset), fetched.finalUrl());
  }

  private static String fileTitle(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("/+$", "");
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isBlank()
        ? uri.getHost()
        : name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replace('_', ' ');
  }
}
