package org.foiarchive.extract;

import java.util.ArrayList;
import java.util.List;
import org.foiarchive.corpus.Source;

/**
 * Turns a snapshot into a {@link Document}: Tika reads the bytes, then the text is divided into parts
 * (pages for paged formats, one body part otherwise). Thread-safe.
 */
public final class DocumentExtractor {
  private final TextExtractor tika;

  public DocumentExtractor(TextExtractor tika) {
    this.tika = tika;
  }

  public DocumentExtractor() {
    this(new TikaTextExtractor());
  }

  public Document extract(Source source, byte[] bytes) throws ExtractionException {
    ExtractedText text = tika.extract(bytes, source.contentType(), fileNameOf(source));
    List<Part> parts = new ArrayList<>();
    if (text.paged()) {
      for (int i = 0; i < text.pages().size(); i++) {
        parts.add(Part.page(i + 1, text.pages().get(i)));
      }
    } else {
      parts.add(Part.body(text.text()));
    }
    return new Document(source, titleOf(source, text), text.contentType(), parts, null);
  }

  static String titleOf(Source source, ExtractedText text) {
    if (source.title() != null && !source.title().isBlank()) {
      return source.title().strip();
    }
    String fromMetadata = text.metadata().get("title");
    if (fromMetadata != null && !fromMetadata.isBlank()) {
      return fromMetadata;
    }
    return text.text().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
        .map(l -> l.length() > 120 ? l.substring(0, 117) + "…" : l)
        .orElse(source.id());
  }

  private static String fileNameOf(Source source) {
    String url = source.url();
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("[?#].*$", "");
    int slash = path.lastIndexOf('/');
    return slash >= 0 && slash < path.length() - 1 ? java.net.URLDecoder.decode(path.substring(slash + 1),
        java.nio.charset.StandardCharsets.UTF_8) : null;
  }
}
