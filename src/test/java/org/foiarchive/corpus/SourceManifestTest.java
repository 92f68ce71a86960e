package org.foiarchive.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceManifestTest {
  @TempDir Path corpus;

  private Source stored(String id, String text) throws Exception {
    Snapshots.Stored stored =
        new Snapshots(corpus).store(text.getBytes(StandardCharsets.UTF_8), "text/plain");
    return Source.of(id, "https://example.org/" + id, SourceKind.FOI_RESPONSE, "Title of " + id)
        .withSnapshot(
            stored.snapshot(), stored.sha256(), "text/plain", Instant.parse("2026-01-01T00:00:00Z"))
        .withMetadata(
            "Department for Work and Pensions",
            null,
            PartialDate.parse("2013-06-12"),
            List.of("FOI 2437"),
            List.of("consent"),
            null,
            null);
  }

  @Test
  void savedManifestLoadsBackUnchanged() throws Exception {
    Source source = stored("reply-2437", "Dear requester");
    SourceManifest.empty().put(source).save(corpus);
    SourceManifest loaded = SourceManifest.load(corpus);
    assertThat(loaded.sources()).containsExactly(source);
    assertThat(Files.readString(corpus.resolve(SourceManifest.FILE)))
        .contains("id: reply-2437")
        .doesNotContain("---");
  }

  @Test
  void aSourceIsWrittenFlatOneFieldEachAsTheManifestAndIndexAlwaysHeldIt() throws Exception {
    Source source =
        stored("reply-2437", "Dear requester")
            .withValidators("\"v2\"", "Wed, 12 Jun 2013 10:00:00 GMT")
            .withHistory(
                List.of(
                    new SnapshotVersion(
                        "snapshots/old.txt",
                        "0a",
                        "text/plain",
                        Instant.parse("2025-01-01T00:00:00Z"))));
    assertThat(SourceManifest.toJson(source))
        .isEqualTo(
            "{\"id\":\"reply-2437\",\"url\":\"https://example.org/reply-2437\","
                + "\"kind\":\"foi-response\",\"publisher\":\"Department for Work and Pensions\","
                + "\"title\":\"Title of reply-2437\",\"date\":\"2013-06-12\","
                + "\"references\":[\"FOI 2437\"],\"topics\":[\"consent\"],"
                + "\"snapshot\":\""
                + source.capture().snapshot()
                + "\",\"sha256\":\""
                + source.capture().sha256()
                + "\",\"contentType\":\"text/plain\",\"retrieved\":\"2026-01-01T00:00:00Z\","
                + "\"etag\":\"\\\"v2\\\"\",\"lastModified\":\"Wed, 12 Jun 2013 10:00:00 GMT\","
                + "\"history\":[{\"snapshot\":\"snapshots/old.txt\",\"sha256\":\"0a\","
                + "\"contentType\":\"text/plain\",\"retrieved\":\"2025-01-01T00:00:00Z\"}]}");
    assertThat(SourceManifest.fromJson(SourceManifest.toJson(source))).isEqualTo(source);
    SourceManifest.empty().put(source).save(corpus);
    assertThat(SourceManifest.load(corpus).sources()).containsExactly(source);
  }

  @Test
  void snapshotsAreNamedByTheirSha256() throws Exception {
    Source source = stored("reply", "same bytes");
    assertThat(source.capture().snapshot())
        .isEqualTo(
            "snapshots/" + Sha256.of("same bytes".getBytes(StandardCharsets.UTF_8)) + ".txt");
    assertThat(new Snapshots(corpus).read(source))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("same bytes");
  }

  @Test
  void aMissingSnapshotIsAnErrorNamingTheEntry() throws Exception {
    Source source = stored("reply-2437", "Dear requester");
    Files.delete(corpus.resolve(source.capture().snapshot()));
    assertThatThrownBy(() -> new Snapshots(corpus).read(source))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining("'reply-2437'")
        .hasMessageContaining("missing");
  }

  @Test
  void aChecksumMismatchIsAnErrorNamingTheEntry() throws Exception {
    Source source = stored("reply-2437", "Dear requester");
    Files.writeString(corpus.resolve(source.capture().snapshot()), "Dear requester, altered");
    assertThatThrownBy(() -> new Snapshots(corpus).read(source))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining("'reply-2437'")
        .hasMessageContaining("checksum mismatch");
  }

  @Test
  void anUnknownKindIsRejectedNamingTheEntry() throws Exception {
    SourceManifest.empty().put(stored("a", "x")).put(stored("odd", "text")).save(corpus);
    editManifest(
        "url: https://example.org/odd\n    kind: foi-response",
        "url: https://example.org/odd\n    kind: gossip");
    assertThatThrownBy(() -> SourceManifest.load(corpus))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining("'odd'")
        .hasMessageContaining("unknown kind 'gossip'");
  }

  /** Changes the saved manifest as a person editing it by hand would. */
  private void editManifest(String from, String to) throws Exception {
    Path file = corpus.resolve(SourceManifest.FILE);
    String yaml = Files.readString(file);
    assertThat(yaml).contains(from);
    Files.writeString(file, yaml.replace(from, to));
  }

  @Test
  void aHandWrittenDateOrRetrievalTimeThatIsNotIso8601IsAnErrorNamingTheEntryAndChangesNothing()
      throws Exception {
    SourceManifest.empty().put(stored("reply-2437", "Dear requester")).save(corpus);
    String saved = Files.readString(corpus.resolve(SourceManifest.FILE));
    editManifest("date: 2013-06-12", "date: 12/06/2013");
    assertThatThrownBy(() -> SourceManifest.load(corpus))
        .isInstanceOf(CorpusException.class)
        .hasMessage(
            "manifest entry 1 ('reply-2437'): date '12/06/2013' is not ISO 8601 (2013, 2013-06 or"
                + " 2013-06-12)");
    Files.writeString(corpus.resolve(SourceManifest.FILE), saved);
    editManifest("retrieved: 2026-01-01T00:00:00Z", "retrieved: last Tuesday");
    assertThatThrownBy(() -> SourceManifest.load(corpus))
        .isInstanceOf(CorpusException.class)
        .hasMessageStartingWith("manifest entry 1 ('reply-2437'): retrieved: ")
        .hasMessageContaining("last Tuesday");
    assertThat(Files.readString(corpus.resolve(SourceManifest.FILE)))
        .isEqualTo(saved.replace("2026-01-01T00:00:00Z", "last Tuesday"));
  }

  @Test
  void handWrittenValuesInOtherIsoFormsAreReadAsWhatTheyMean() throws Exception {
    SourceManifest.empty().put(stored("reply-2437", "Dear requester")).save(corpus);
    editManifest("kind: foi-response", "kind: FOI-Response");
    editManifest("date: 2013-06-12", "date: 2013");
    editManifest("retrieved: 2026-01-01T00:00:00Z", "retrieved: 2026-01-01T01:00:00+01:00");
    Source read = SourceManifest.load(corpus).sources().getFirst();
    assertThat(read.provenance().kind()).isEqualTo(SourceKind.FOI_RESPONSE);
    assertThat(read.provenance().date()).isEqualTo(PartialDate.of(Year.of(2013)));
    assertThat(read.capture().retrieved()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void datesMustBeIso8601AtAnyPrecision() throws Exception {
    Source good = stored("a", "x");
    for (String date : List.of("2013", "2013-06", "2013-06-12")) {
      SourceManifest.empty()
          .put(
              good.withMetadata(null, null, PartialDate.parseOrNull(date), null, null, null, null));
    }
    assertThatThrownBy(
            () ->
                SourceManifest.empty()
                    .put(
                        good.withMetadata(
                            null, null, PartialDate.parse("12/06/2013"), null, null, null, null)))
        .hasMessageContaining("not ISO 8601");
  }

  @Test
  void idsAreUniqueAndParentsMustExist() throws Exception {
    Source a = stored("a", "x");
    Source attachment =
        stored("b", "y").withMetadata(null, null, null, null, null, "missing-parent", null);
    assertThatThrownBy(() -> SourceManifest.empty().put(a).put(attachment))
        .hasMessageContaining("parent 'missing-parent'");
  }

  @Test
  void aMalformedManifestFileIsAClearError() throws Exception {
    Files.writeString(corpus.resolve(SourceManifest.FILE), "sources: [ {id: a, kind: ");
    assertThatThrownBy(() -> SourceManifest.load(corpus))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining("is not a valid manifest");
  }

  @Test
  void sourcesThatAreNotAListAreAClearError() throws Exception {
    Files.writeString(corpus.resolve(SourceManifest.FILE), "sources: reply-2437\n");
    assertThatThrownBy(() -> SourceManifest.load(corpus))
        .isInstanceOf(CorpusException.class)
        .hasMessageEndingWith("is not a valid manifest: 'sources' is not a list");
  }

  @Test
  void newIdsAreSlugsOfTheTitleAndNeverCollide() throws Exception {
    SourceManifest manifest =
        SourceManifest.empty().put(stored("mandated-access-to-a-universal-jobmatch-account", "x"));
    assertThat(manifest.newId("Mandated access to a Universal Jobmatch account"))
        .isEqualTo("mandated-access-to-a-universal-jobmatch-account-2");
    assertThat(manifest.newId("Jobseeker’s Direction: “cookies” & IADs"))
        .isEqualTo("jobseekers-direction-cookies-iads");
  }

  /** Entries whose values the writer must quote, fold or escape, as real manifests hold them. */
  private List<Source> awkwardEntries() throws Exception {
    Source third = stored("long-note", "third");
    return List.of(
        stored("reply-2437", "Dear requester"),
        stored("quoted", "second")
            .withValidators("\"v2\"", "Wed, 12 Jun 2013 10:00:00 GMT")
            .withProvenance(
                Provenance.of(
                        "https://example.org/a?b=c&d=#e",
                        SourceKind.GUIDANCE,
                        "Reply: \"no\" - yes # not a comment, 100% 'sure'")
                    .withFacts("DWP", "Ann O'Neil", null, List.of("FOI 1", "21595"), null)),
        new Source(
            third.id(),
            third.provenance(),
            third.capture(),
            "reply-2437",
            "A note long enough that a writer might wrap it, across a line break\nand on,"
                + " with unicode: £ – é ‘quotes’ and a colon: here.",
            third.validators(),
            third.history()));
  }

  @Test
  void entriesAddedToALargeManifestAreAppendedAsTheWholeFileWouldBeWritten() throws Exception {
    List<Source> entries = awkwardEntries();
    Path whole = Files.createDirectories(corpus.resolve("whole"));
    SourceManifest.of(entries).save(whole);

    SourceManifest first = SourceManifest.of(entries.subList(0, 1)).save(corpus);
    SourceManifest grown = first.put(entries.get(1)).put(entries.get(2));
    grown.save(corpus);

    assertThat(Files.readString(corpus.resolve(SourceManifest.FILE)))
        .isEqualTo(Files.readString(whole.resolve(SourceManifest.FILE)));
    assertThat(SourceManifest.load(corpus).sources()).containsExactlyElementsOf(entries);
  }

  @Test
  void aCommentWrittenByHandUnderTheEntriesIsKeptWhenAnEntryIsAdded() throws Exception {
    List<Source> entries = awkwardEntries();
    SourceManifest.of(entries.subList(0, 2)).save(corpus);
    Path file = corpus.resolve(SourceManifest.FILE);
    Files.writeString(file, Files.readString(file) + "  # checked against the paper file\n");

    SourceManifest.load(corpus).put(entries.get(2)).save(corpus);

    assertThat(Files.readString(file))
        .contains("  # checked against the paper file\n  - id: long-note");
    assertThat(SourceManifest.load(corpus).sources()).containsExactlyElementsOf(entries);
  }

  @Test
  void aManifestEditedByHandIntoAnotherLayoutIsWrittenWholeWhenAnEntryIsAdded() throws Exception {
    List<Source> entries = awkwardEntries();
    SourceManifest.of(entries.subList(0, 2)).save(corpus);
    Path file = corpus.resolve(SourceManifest.FILE);
    // List items at the margin, and a key after the list: lines appended as the writer indents
    // entries would not join the list.
    Files.writeString(
        file, Files.readString(file).replace("\n  - ", "\n- ").replace("\n    ", "\n  "));
    Files.writeString(file, "# hand-kept\n" + Files.readString(file));
    assertThat(SourceManifest.load(corpus).sources()).hasSize(2);

    SourceManifest.load(corpus).put(entries.get(2)).save(corpus);

    assertThat(SourceManifest.load(corpus).sources()).containsExactlyElementsOf(entries);
  }

  @Test
  void aManifestChangedOnDiskSinceItWasReadIsReadAgainAndNothingIsLost() throws Exception {
    List<Source> entries = awkwardEntries();
    SourceManifest mine = SourceManifest.of(entries.subList(0, 1)).save(corpus);
    // Another command adds an entry meanwhile.
    SourceManifest.load(corpus).put(entries.get(1)).save(corpus);

    SourceManifest current = mine.reloadIfChanged(corpus);
    current.put(entries.get(2)).save(corpus);

    assertThat(current.sources()).containsExactlyElementsOf(entries.subList(0, 2));
    assertThat(SourceManifest.load(corpus).sources()).containsExactlyElementsOf(entries);
  }

  @Test
  void aStaleManifestSavedOverAChangedFileWritesItsOwnEntriesWhole() throws Exception {
    List<Source> entries = awkwardEntries();
    SourceManifest mine = SourceManifest.of(entries.subList(0, 1)).save(corpus);
    SourceManifest.load(corpus).put(entries.get(1)).save(corpus);

    // Saving without reading again is what the caller asked for: the file it writes is its own
    // entries, a whole valid manifest, never its lines appended to someone else's.
    mine.put(entries.get(2)).save(corpus);

    assertThat(SourceManifest.load(corpus).sources())
        .containsExactly(entries.get(0), entries.get(2));
  }

  @Test
  void anEntryChangedInPlaceRewritesTheFile() throws Exception {
    List<Source> entries = awkwardEntries();
    SourceManifest saved = SourceManifest.of(entries).save(corpus);
    Source renamed =
        entries.get(0).withProvenance(entries.get(0).provenance().withTitle("A new title"));

    saved.put(renamed).save(corpus);

    assertThat(SourceManifest.load(corpus).sources())
        .containsExactly(renamed, entries.get(1), entries.get(2));
  }
}
