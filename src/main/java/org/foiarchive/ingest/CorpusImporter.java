package org.foiarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foiarchive.corpus.Corpus;
import org.foiarchive.corpus.CorpusException;
import org.foiarchive.corpus.MediaTypes;
import org.foiarchive.corpus.Provenance;
import org.foiarchive.corpus.Sha256;
import org.foiarchive.corpus.Snapshots;
import org.foiarchive.corpus.Source;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.corpus.SourceManifest;
import org.foiarchive.extract.ExtractionException;
import org.foiarchive.extract.LetterHead;
import org.foiarchive.extract.LetterReader;
import org.foiarchive.extract.MailMessage;

/**
 * Adds local files to a corpus: the bytes become a snapshot, the metadata a manifest entry. A file
 * whose bytes are already in the corpus is recognised and not added twice. An e-mail's attachments
 * become sources of their own, children of the message. A letter (a PDF, a scan, a Word file)
 * imported without its facts is filed by what its head says: its sender, date, reference and
 * subject. Not thread-safe: one import at a time per corpus. Closing it stops the process that
 * reads letters.
 */
public final class CorpusImporter implements AutoCloseable {
  private final boolean followSymlinks;

  /** Started on the first letter imported without its facts. */
  private LetterReader letters;

  /**
   * The manifest as this importer last wrote it, and where: the next file of the same import (an
   * attachment, a sheet's next row) starts from it unless the file changed meanwhile, rather than
   * reading a large archive's manifest again.
   */
  private Path writtenDir;

  private SourceManifest written;

  /**
   * An importer that refuses symbolic links: a link can put any file on the machine into a public
   * archive.
   */
  public CorpusImporter() {
    this(false);
  }

  /**
   * @param followSymlinks whether to import the file a symbolic link points to; even then, only a
   *     file inside the folder the link was given in, never one elsewhere on the machine
   */
  public CorpusImporter(boolean followSymlinks) {
    this.followSymlinks = followSymlinks;
  }

  /**
   * What the user knows about the files being imported; nulls are left for extraction to fill.
   *
   * @param id the new source's id, or null to make one from its title
   * @param provenance what the files are and where they came from; a file without a kind is
   *     commentary, one without a title is named after the file
   * @param parent the source the files are attached to, or null
   * @param note what a reader should know about the capture, or null
   */
  public record Metadata(String id, Provenance provenance, String parent, String note) {
    public Metadata {
      provenance = provenance == null ? Provenance.of(null, null, null) : provenance;
    }

    /** Only what a user says about the files. */
    public static Metadata of(Provenance provenance) {
      return new Metadata(null, provenance, null, null);
    }
  }

  /**
   * The outcome for one file.
   *
   * @param attachments for an e-mail, the outcome for each file attached to it (each a child
   *     source)
   * @param letter what the file's letterhead gave where the user said nothing, or null
   */
  public record Result(
      Path file, Source source, boolean added, List<Result> attachments, LetterHead letter) {
    public Result {
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Result(Path file, Source source, boolean added) {
      this(file, source, added, List.of(), null);
    }
  }

  /**
   * Refuses a symbolic link, unless asked, and then one to a file outside the link's own folder.
   */
  private void checkLinks(Path file) throws IOException {
    if (!Files.isSymbolicLink(file)) {
      return;
    }
    Path real = file.toRealPath();
    if (!followSymlinks) {
      throw new CorpusException(
          file
              + " is a symbolic link to "
              + real
              + "; import the file itself, or pass "
              + "--follow-symlinks");
    }
    Path folder = file.toAbsolutePath().normalize().getParent().toRealPath();
    if (!real.startsWith(folder)) {
      throw new CorpusException(
          file + " links to " + real + ", outside " + folder + "; not imported");
    }
  }

  public Result importFile(Path corpusDir, Path file, Metadata metadata) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CorpusException(file + " is not a readable file");
    }
    checkLinks(file);
    Provenance given = metadata.provenance();
    if (given.url() != null && !Source.isWebUrl(given.url())) {
      throw new CorpusException("'" + given.url() + "' is not an http or https address");
    }
    Corpus corpus = Corpus.open(corpusDir);
    SourceManifest manifest =
        corpus.dir().equals(writtenDir)
            ? written.reloadIfChanged(corpus.dir())
            : SourceManifest.load(corpus.dir());
    String sha = Sha256.of(file);
    Optional<Source> existing = manifest.findBySha256(sha);
    if (existing.isPresent()) {
      return new Result(file, existing.get(), false);
    }
    String contentType = MediaTypes.of(file);
    List<byte[]> mailbox = List.of();
    if (MailMessage.isMbox(contentType)) {
      // A single message saved with an envelope line is an e-mail; a real mailbox holds many.
      mailbox = MailMessage.splitMbox(Files.readAllBytes(file));
      if (mailbox.size() == 1) {
        contentType = MailMessage.EML;
        mailbox = List.of();
      }
    }
    Snapshots.Stored stored;
    try (var in = Files.newInputStream(file)) {
      stored = corpus.snapshots().store(in, contentType);
    }
    MailMessage mail = MailMessage.isMail(contentType) ? readMail(file, contentType) : null;
    LetterHead letter = mail == null ? readLetter(file, contentType, given) : null;
    Provenance provenance =
        (letter == null ? given : letter.fill(given))
            .withKind(given.kind() != null ? given.kind() : kindOf(mail, letter))
            .withTitle(given.title() != null ? given.title() : titleOf(file, mail, letter));
    String id = metadata.id() != null ? metadata.id() : manifest.newId(provenance.title());
    if (manifest.contains(id)) {
      throw new CorpusException("a source with id '" + id + "' is already in the manifest");
    }
    Source source =
        new Source(id, provenance, null, metadata.parent(), metadata.note(), null, null)
            .withSnapshot(
                stored.snapshot(),
                stored.sha256(),
                contentType,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    written = manifest.put(source).save(corpus.dir());
    writtenDir = corpus.dir();
    List<Result> attachments =
        MailMessage.isMail(contentType)
            ? importAttachments(corpus.dir(), file, source, metadata, mail)
            : !mailbox.isEmpty()
                ? importMessages(corpus.dir(), mailbox, source, metadata)
                : List.of();
    return new Result(file, source, true, attachments, letter);
  }

  /**
   * Each message of a mailbox becomes a source of its own, a child of the mailbox, with its
   * attachments.
   */
  private List<Result> importMessages(
      Path corpusDir, List<byte[]> messages, Source mailbox, Metadata metadata) throws IOException {
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      String subject = null;
      try {
        subject = MailMessage.read(messages.get(i), MailMessage.EML).subject();
      } catch (ExtractionException e) {
        // titled by its place in the mailbox instead; extraction reports what is wrong with it
      }
      String title =
          subject != null && !subject.isBlank()
              ? subject.strip()
              : "Message " + (i + 1) + " of " + mailbox.provenance().title();
      Metadata child =
          new Metadata(
              null,
              childProvenance(metadata, title),
              mailbox.id(),
              "Message " + (i + 1) + " of the mailbox '" + mailbox.provenance().title() + "'.");
      results.add(
          withTempFile(
              "message-" + (i + 1) + ".eml",
              messages.get(i),
              part -> importFile(corpusDir, part, child)));
    }
    return results;
  }

  private interface FileImport {
    Result apply(Path file) throws IOException;
  }

  /**
   * Writes bytes to a file of that name in a fresh temporary folder, imports it, and removes both.
   */
  private static Result withTempFile(String name, byte[] bytes, FileImport action)
      throws IOException {
    Path temp = Files.createTempDirectory("foiarchive-attachment-");
    Path part = temp.resolve(name);
    try {
      Files.write(part, bytes);
      return action.apply(part);
    } finally {
      Files.deleteIfExists(part);
      Files.deleteIfExists(temp);
    }
  }

  /** Each file attached to an e-mail becomes a source of its own, a child of the message. */
  private List<Result> importAttachments(
      Path corpusDir, Path file, Source message, Metadata metadata, MailMessage read)
      throws IOException {
    MailMessage mail = read;
    if (mail == null) {
      // It could not be read for its kind and title: read again for the reason, which is the
      // import's error.
      try {
        mail = MailMessage.read(Files.readAllBytes(file), message.capture().contentType());
      } catch (ExtractionException e) {
        throw new CorpusException(file + ": " + e.getMessage(), e);
      }
    }
    List<Result> results = new ArrayList<>();
    for (MailMessage.Attachment attachment : mail.attachments()) {
      String name = attachment.fileName().replaceAll("[\\\\/:*?\"<>|]", "_");
      String safe = name.isBlank() ? "attachment" : name;
      // The message's date and sender are only a fallback (applied at ingest): an attached decision
      // notice keeps its own author and date.
      Metadata child =
          new Metadata(
              null,
              childProvenance(metadata, fileTitle(Path.of(safe)))
                  .withKind(message.provenance().kind()),
              message.id(),
              "Attached to the e-mail "
                  + (message.provenance().title() == null
                      ? message.id()
                      : "'" + message.provenance().title() + "'")
                  + ".");
      results.add(
          withTempFile(safe, attachment.bytes(), part -> importFile(corpusDir, part, child)));
    }
    return results;
  }

  /**
   * What a message of a mailbox or an e-mail's attachment takes from what the user said about the
   * file it came in: its kind, references and topics; not the address, the people or the date,
   * which are the file's own.
   */
  private static Provenance childProvenance(Metadata metadata, String title) {
    Provenance given = metadata.provenance();
    return Provenance.of(null, given.kind(), title)
        .withFacts(null, null, null, given.references(), given.topics());
  }

  /** The e-mail in the file, or null when it cannot be read (ingest reports why). */
  private static MailMessage readMail(Path file, String contentType) throws IOException {
    try {
      return MailMessage.read(Files.readAllBytes(file), contentType);
    } catch (ExtractionException e) {
      return null;
    }
  }

  /**
   * The head of a letter imported without all of its facts, or null: a file that is no letter, or
   * one whose kind, title, date and sender were all given.
   */
  private LetterHead readLetter(Path file, String contentType, Provenance given)
      throws IOException {
    boolean told =
        given.kind() != null
            && given.title() != null
            && given.date() != null
            && given.publisher() != null;
    if (told || !LetterReader.mayBeALetter(contentType)) {
      return null;
    }
    if (letters == null) {
      letters = new LetterReader();
    }
    return letters
        .read(Files.readAllBytes(file), contentType, file.getFileName().toString())
        .orElse(null);
  }

  /**
   * The kind of a file imported without one: an e-mail's by its sender (a public body's reply, a
   * requester's message through WhatDoTheyKnow), a letter's by its letterhead, anything else
   * commentary.
   */
  private static SourceKind kindOf(MailMessage mail, LetterHead letter) {
    if (mail != null) {
      return mail.kindBySender().orElse(SourceKind.COMMENTARY);
    }
    return letter == null ? SourceKind.COMMENTARY : letter.kind().orElse(SourceKind.COMMENTARY);
  }

  /**
   * The title of a file imported without one: an e-mail's subject, a letter's subject line, else
   * the file's name.
   */
  private static String titleOf(Path file, MailMessage mail, LetterHead letter) {
    if (mail != null && mail.subject() != null && !mail.subject().isBlank()) {
      return mail.subject().strip();
    }
    return letter != null && letter.subject() != null ? letter.subject() : fileTitle(file);
  }

  /** Stops the process that reads letters, if one was started. */
  @Override
  public void close() {
    if (letters != null) {
      letters.close();
      letters = null;
    }
  }

  private static String fileTitle(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').strip();
  }
}
