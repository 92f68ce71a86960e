package org.foiarchive.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frames an extraction worker and its parent exchange over the worker's stdin and stdout: a
 * ready byte once the worker has loaded Tika, then one request and one reply at a time.
 */
final class WorkerProtocol {
  static final int READY = 0x52;
  static final int OK = 0;
  static final int FAILED = 1;

  /**
   * The longest reason, content type or metadata value a reply may carry; only page text is longer.
   */
  static final int MAX_FIELD_BYTES = 1 << 20;

  private WorkerProtocol() {}

  record Request(byte[] bytes, String contentType, String fileName) {}

  static void writeRequest(DataOutputStream out, Request request) throws IOException {
    writeString(out, request.contentType());
    writeString(out, request.fileName());
    out.writeInt(request.bytes().length);
    out.write(request.bytes());
    out.flush();
  }

  /** The next request, or null at the end of the stream (the parent has gone). */
  static Request readRequest(DataInputStream in) throws IOException {
    String contentType;
    try {
      contentType = readString(in);
    } catch (EOFException e) {
      return null;
    }
    String fileName = readString(in);
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new Request(bytes, contentType, fileName);
  }

  static void writeText(DataOutputStream out, ExtractedText text) throws IOException {
    out.writeByte(OK);
    writeString(out, text.contentType());
    out.writeBoolean(text.paged());
    out.writeInt(text.pages().size());
    for (String page : text.pages()) {
      writeString(out, page);
    }
    out.writeInt(text.metadata().size());
    for (Map.Entry<String, String> e : text.metadata().entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
    out.flush();
  }

  static void writeFailure(DataOutputStream out, String reason) throws IOException {
    out.writeByte(FAILED);
    writeString(out, reason);
    out.flush();
  }

  /**
   * The worker's reply: the text, or an {@link ExtractionException} with the worker's reason.
   * Nothing larger than {@code maxChars} of text is read into memory, whatever the worker
   * announces: a reply over it is refused as it arrives (and the worker, its stream now out of
   * step, is not reused).
   */
  static ExtractedText readReply(DataInputStream in, int maxChars)
      throws IOException, ExtractionException {
    int status = in.readUnsignedByte();
    if (status == FAILED) {
      throw new ExtractionException(readString(in, MAX_FIELD_BYTES));
    }
    if (status != OK) {
      // Not a frame of ours (a JVM message on the pipe, a worker gone wrong): nothing after it can
      // be trusted.
      throw new IOException("the worker's reply is not in the expected form");
    }
    String type = readString(in, MAX_FIELD_BYTES);
    boolean paged = in.readBoolean();
    int pageCount = in.readInt();
    // UTF-8 takes at most three bytes for a character Java holds in one char (four for a pair of
    // two).
    long bytesLeft = 3L * maxChars;
    List<String> pages = new ArrayList<>(Math.min(Math.max(pageCount, 0), 1024));
    for (int i = 0; i < pageCount; i++) {
      int length = in.readInt();
      if (length > bytesLeft) {
        throw new ReplyTooLarge(
            "the file holds more than the limit of " + maxChars + " characters of text");
      }
      bytesLeft -= Math.max(length, 0);
      pages.add(readStringOf(in, length));
    }
    int metaCount = in.readInt();
    Map<String, String> meta = new LinkedHashMap<>();
    for (int i = 0; i < metaCount; i++) {
      meta.put(readString(in, MAX_FIELD_BYTES), readString(in, MAX_FIELD_BYTES));
    }
    return new ExtractedText(type, pages, paged, meta);
  }

  /**
   * A reply with more text than the parent takes: the file fails with this reason, the worker is
   * not reused.
   */
  static final class ReplyTooLarge extends IOException {
    ReplyTooLarge(String reason) {
      super(reason);
    }
  }

  /** Strings as length-prefixed UTF-8 (DataOutput's own UTF is limited to 64 KB); -1 for null. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    return readStringOf(in, in.readInt());
  }

  private static String readString(DataInputStream in, int maxBytes) throws IOException {
    int length = in.readInt();
    if (length > maxBytes) {
      throw new IOException("the worker's reply is not in the expected form");
    }
    return readStringOf(in, length);
  }

  private static String readStringOf(DataInputStream in, int length) throws IOException {
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
