package org.foiarchive.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.foiarchive.corpus.SourceKind;
import org.foiarchive.passage.Voice;
import org.foiarchive.tag.Topic;
import org.foiarchive.tag.Topics;
import org.springframework.stereotype.Component;

/** Human labels for the ids the index stores (kinds, voices, topics), for templates. */
@Component("labels")
public class Labels {
  private final Map<String, String> topicLabels;

  Labels(Topics topics) {
    this.topicLabels = topics.all().stream().collect(Collectors.toMap(Topic::id, Topic::label));
  }

  public String kind(SourceKind kind) {
    return kind == null ? null : kind.label();
  }

  public String kind(String id) {
    return SourceKind.fromId(id).map(SourceKind::label).orElse(id);
  }

  public String voice(Voice voice) {
    return voice == null ? null : voice.label();
  }

  public String voice(String id) {
    return Voice.fromId(id).map(Voice::label).orElse(id);
  }

  public String topic(String id) {
    return topicLabels.getOrDefault(id, id);
  }

  public String dimension(String dimension, String value) {
    return switch (dimension) {
      case "kind" -> kind(value);
      case "voice" -> voice(value);
      case "topic" -> topic(value);
      default -> value;
    };
  }
}
