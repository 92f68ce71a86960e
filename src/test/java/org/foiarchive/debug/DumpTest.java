package org.foiarchive.debug;

import java.nio.file.*;
import org.foiarchive.corpus.*;
import org.foiarchive.extract.*;
import org.foiarchive.passage.*;
import org.junit.jupiter.api.Test;

class DumpTest {
  @Test
  void dump() throws Exception {
    Corpus c = Corpus.open(Path.of("corpus"));
    StringBuilder out = new StringBuilder();
    for (Source s : c.manifest().sources()) {
      Document d = new DocumentExtractor().extract(s, c.snapshots().read(s));
      out.append("=== ").append(s.id()).append(" status=").append(d.status()).append(" parts=").append(d.parts().size()).append('\n');
      for (Passage p : new Passages().of(d)) {
        String t = p.text().replace('\n', ' ');
        out.append(String.format("%3d %-16s %-22s %-8s %-12s | %s%n", p.ordinal(), p.voice().id(), p.author(), p.label(), p.quotedReference(), t.length() > 110 ? t.substring(0, 110) : t));
      }
    }
    Files.writeString(Path.of("/tmp/dump.txt"), out);
  }
}
