package org.foiarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.foiarchive.index.LuceneArchiveWriter;
import org.foiarchive.passage.Voice;
import org.foiarchive.testing.WrittenDocuments;
import org.foiarchive.testing.WrittenDocuments.Text;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request page where the requester's message repeats the words a claimant would type and the
 * body's reply answers in its own: asked what the body said, or asked as a question, the reply
 * ranks above the request; searched as plain words, the order is the words'. Each beside the same
 * index with the mechanism switched off. The passages are ours.
 */
class RequesterVoiceIT {
  @AutoClose private static SmallArchive archive;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    archive = SmallArchive.write(dir, RequesterVoiceIT::passages);
  }

  private static void passages(LuceneArchiveWriter writer) throws IOException {
    WrittenDocuments.add(
        writer,
        "jobmatch-request",
        "foi-request",
        "Access to jobmatch accounts",
        "2014-03-01",
        List.of(
            new Text(
                "My work coach told me that claimants have to give DWP access to their"
                    + " Universal Jobmatch account and that my jobmatch account will be"
                    + " checked by my work coach every week.",
                Voice.REQUESTER),
            new Text(
                "Giving DWP access to a Universal Jobmatch account is voluntary: the claimant"
                    + " decides whether a work coach may look at it, and nobody is sanctioned"
                    + " for saying no.",
                Voice.OFFICIAL)));
  }

  private static List<Voice> voices(LuceneArchiveSearcher s, String query) {
    return SmallArchive.ranked(s, query, 10, SearchHit::voice);
  }

  @Test
  void askedWhatTheBodySaidTheReplyRanksAboveTheRequestThatRepeatsTheQuestion() {
    String question = "do I have to give my work coach access to my jobmatch account?";
    assertThat(voices(archive.without(RankingMechanism.REQUESTER_VOICE), question))
        .as("on words alone the request, which repeats the question, wins")
        .startsWith(Voice.REQUESTER, Voice.OFFICIAL);
    assertThat(voices(archive.searcher(), question)).startsWith(Voice.OFFICIAL, Voice.REQUESTER);
  }

  @Test
  void plainWordsKeepTheirOrder() {
    String words = "work coach jobmatch account access";
    assertThat(voices(archive.searcher(), words))
        .isEqualTo(voices(archive.without(RankingMechanism.REQUESTER_VOICE), words))
        .startsWith(Voice.REQUESTER);
  }
}
