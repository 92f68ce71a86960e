package org.foiarchive.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files as public bodies really send them, made in the test from our own text: a scanned letter
 * (text drawn into a picture, with no text layer), a TNEF {@code winmail.dat}, uuencoded
 * attachments, a spreadsheet with a picture in it.
 */
public final class RealWorldFiles {
  /** Letter-size page at 200 dpi: what a council's scanner produces. */
  private static final int PAGE_WIDTH = 1700;

  private static final int PAGE_HEIGHT = 2200;

  private RealWorldFiles() {}

  /** A picture of a printed letter: black text on white, one string per line. */
  public static BufferedImage letter(List<String> lines) {
    BufferedImage image = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
    int y = 300;
    for (String line : lines) {
      g.drawString(line, 150, y);
      y += 60;
    }
    g.dispose();
    return image;
  }

  public static byte[] png(List<String> lines) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(letter(lines), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scanned letter as a PDF: each page only a picture of its lines, with no text layer. */
  @SafeVarargs
  public static byte[] scannedPdf(List<String>... pages) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        var image = LosslessFactory.createFromImage(doc, letter(lines));
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.drawImage(
              image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A TNEF {@code winmail.dat} holding one attached file, as Outlook sends one: the signature, a
   * key, then attachment-level attributes (render data starts the attachment, its title, its data),
   * each with the checksum TNEF puts after it.
   */
  public static byte[] winmailDat(String fileName, byte[] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeInt(out, 0x223E9F78);
    writeShort(out, 0x0001);
    attribute(out, 2, 0x9002, 0x0006, new byte[14]);
    attribute(out, 2, 0x8010, 0x0001, (fileName + "\0").getBytes(Charset.forName("windows-1252")));
    attribute(out, 2, 0x800F, 0x0006, contents);
    return out.toByteArray();
  }

  private static void attribute(
      ByteArrayOutputStream out, int level, int id, int type, byte[] data) {
    out.write(level);
    writeShort(out, id);
    writeShort(out, type);
    writeInt(out, data.length);
    out.writeBytes(data);
    int checksum = 0;
    for (byte b : data) {
      checksum = (checksum + (b & 0xFF)) & 0xFFFF;
    }
    writeShort(out, checksum);
  }

  private static void writeShort(ByteArrayOutputStream out, int value) {
    out.write(value & 0xFF);
    out.write((value >> 8) & 0xFF);
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    writeShort(out, value & 0xFFFF);
    writeShort(out, (value >>> 16) & 0xFFFF);
  }

  /**
   * A file uuencoded as "begin 644 name" … "end", the way old mail systems put it in a message
   * body.
   */
  public static String uuencode(String fileName, byte[] bytes) {
    StringBuilder out = new StringBuilder("begin 644 ").append(fileName).append('\n');
    for (int i = 0; i < bytes.length; i += 45) {
      int n = Math.min(45, bytes.length - i);
      out.append((char) (' ' + n));
      for (int j = i; j < i + n; j += 3) {
        int a = bytes[j] & 0xFF;
        int b = j + 1 < i + n ? bytes[j + 1] & 0xFF : 0;
        int c = j + 2 < i + n ? bytes[j + 2] & 0xFF : 0;
        out.append(uu(a >> 2))
            .append(uu(((a & 3) << 4) | (b >> 4)))
            .append(uu(((b & 0xF) << 2) | (c >> 6)))
            .append(uu(c & 0x3F));
      }
      out.append('\n');
    }
    return out.append("`\nend\n").toString();
  }

  private static char uu(int sextet) {
    return sextet == 0 ? '`' : (char) (' ' + sextet);
  }

  /** A spreadsheet with one text cell and a picture (a chart or logo) drawn over the sheet. */
  public static byte[] xlsxWithPicture(String cellText, byte[] png) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Figures");
      sheet.createRow(0).createCell(0).setCellValue(cellText);
      int picture = book.addPicture(png, XSSFWorkbook.PICTURE_TYPE_PNG);
      XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 2, 2, 8, 20);
      anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
      sheet.createDrawingPatriarch().createPicture(anchor, picture);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
