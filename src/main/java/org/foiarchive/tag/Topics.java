package org.foiarchive.tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.foiarchive.corpus.CorpusException;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The topic definitions of a corpus ({@code corpus/topics.yml}), in the order they are listed. */
public record Topics(List<Topic> all) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .build();

  record TopicsFile(List<Topic> topics) {}

  public Topics {
    all = List.copyOf(all);
  }

  public static Topics load(Path file) {
    if (!Files.exists(file)) {
      return new Topics(List.of());
    }
    TopicsFile parsed;
    try {
      parsed = YAML.readValue(file.toFile(), TopicsFile.class);
    } catch (JacksonException e) {
      throw new CorpusException(file + " is not a valid topics file: " + e.getOriginalMessage(), e);
    }
    List<Topic> topics = parsed == null || parsed.topics() == null ? List.of() : parsed.topics();
    Set<String> ids = new HashSet<>();
    for (Topic topic : topics) {
      if (topic.id() == null || !ID.matcher(topic.id()).matches() || !ids.add(topic.id())) {
        throw new CorpusException(
            file + ": topic id '" + topic.id() + "' is missing, malformed or used twice");
      }
      if (topic.query() == null || topic.query().isBlank()) {
        throw new CorpusException(file + ": topic '" + topic.id() + "' has no query");
      }
    }
    return new Topics(topics);
  }

  public Optional<Topic> find(String id) {
    return all.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
