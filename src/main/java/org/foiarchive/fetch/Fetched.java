package org.foiarchive.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A response that passed every check, its body in a temporary file outside the corpus. Close it to
 * delete the file once the body is stored (or not wanted).
 *
 * @param url the URL asked for
 * @param finalUrl where the body came from after redirects
 * @param notModified true when the server answered 304 to a conditional GET: there is no body
 * @param contentType the media type without parameters, as served (or sniffed when the server did
 *     not know)
 * @param etag and lastModified validators for the next conditional GET, or null
 */
public record Fetched(
    String url,
    String finalUrl,
    boolean notModified,
    String contentType,
    String charset,
    String etag,
    String lastModified,
    Path body,
    long size)
    implements AutoCloseable {

  public byte[] bytes() throws IOException {
    return body == null ? new byte[0] : Files.readAllBytes(body);
  }

  @Override
  public void close() throws IOException {
    if (body != null) {
      Files.deleteIfExists(body);
    }
  }
}
