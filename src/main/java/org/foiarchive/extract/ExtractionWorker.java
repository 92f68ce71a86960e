package org.foiarchive.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The main class of an extraction worker process: reads files from stdin, one at a time, with Tika,
 * and writes their text to stdout. It runs with a heap limit and exits on running out of memory, so
 * a hostile file takes down this process only; {@link IsolatedTextExtractor} starts another. It
 * exits when its stdin closes, so it never outlives its parent.
 */
public final class ExtractionWorker {
  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    // stdout carries the protocol: anything a parser or logger prints goes to stderr instead.
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
    int maxChars =
        args.length > 0 ? Integer.parseInt(args[0]) : TikaTextExtractor.DEFAULT_MAX_CHARS;
    int maxOcrPages =
        args.length > 1 ? Integer.parseInt(args[1]) : TikaTextExtractor.MAX_OCR_PAGES_PER_FILE;
    TikaTextExtractor tika =
        new TikaTextExtractor(maxChars, TikaTextExtractor.tesseractInstalled(), maxOcrPages);
    out.writeByte(WorkerProtocol.READY);
    out.flush();
    for (WorkerProtocol.Request request = WorkerProtocol.readRequest(in);
        request != null;
        request = WorkerProtocol.readRequest(in)) {
      try {
        ExtractedText text =
            tika.extract(request.bytes(), request.contentType(), request.fileName());
        WorkerProtocol.writeText(out, text);
      } catch (ExtractionException e) {
        WorkerProtocol.writeFailure(out, e.getMessage());
      } catch (StackOverflowError e) {
        WorkerProtocol.writeFailure(out, "the file is nested too deeply to read");
      } catch (RuntimeException | LinkageError e) {
        WorkerProtocol.writeFailure(
            out, "the file could not be read: " + TikaTextExtractor.rootMessage(e));
      }
    }
  }
}
