package app.tribune.newsletter.admin;

import app.tribune.newsletter.SubscriptionRequest;
import app.tribune.platform.i18n.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks an import makes on the file alone, before the database is asked anything: each address
 * and name as the public form checks them (same messages), the language, the topics, and duplicates
 * within the file (the first occurrence wins).
 */
public final class ImportRules {

  /** What a file's rows came to: rows worth asking the database about, and the others. */
  public record Checked(List<ImportCandidate> candidates, List<ImportProblem> problems) {}

  private static final Pattern TOPIC_SEPARATOR = Pattern.compile("[|,;/]");

  private final ImportColumns columns;
  private final Language defaultLanguage;
  private final Map<String, Long> topicsByName;

  /**
   * @param topicsByName section ids by every name a file may use for them (slug, names in each
   *     language), lower-case
   */
  public ImportRules(
      ImportColumns columns, Language defaultLanguage, Map<String, Long> topicsByName) {
    this.columns = columns;
    this.defaultLanguage = defaultLanguage;
    this.topicsByName = Map.copyOf(topicsByName);
  }

  /** Checks the data rows of a file (its header row already left out). */
  public Checked check(List<CsvReader.Row> rows) {
    List<ImportCandidate> candidates = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Integer> firstLineOf = new HashMap<>();
    for (CsvReader.Row row : rows) {
      String rawEmail = row.cell(columns.email());
      SubscriptionRequest.Parsed parsed =
          SubscriptionRequest.parse(
              rawEmail, row.cell(columns.name()), List.of(), null, defaultLanguage);
      if (!parsed.ok()) {
        String field = parsed.errors().containsKey("email") ? "email" : "name";
        problems.add(
            ImportProblem.of(
                row.line(),
                "email".equals(field) ? rawEmail : row.cell(columns.name()),
                parsed.errors().get(field)));
        continue;
      }
      String languageCell = row.cell(columns.language()).strip();
      Language language = language(languageCell);
      if (language == null) {
        problems.add(
            ImportProblem.of(row.line(), languageCell, "subscriberImport.problem.language"));
        continue;
      }
      Set<Long> topicIds = new LinkedHashSet<>();
      String unknownTopic = topics(row.cell(columns.topics()), topicIds);
      if (unknownTopic != null) {
        problems.add(ImportProblem.of(row.line(), unknownTopic, "subscriberImport.problem.topic"));
        continue;
      }
      String email = parsed.request().email();
      Integer first = firstLineOf.putIfAbsent(email, row.line());
      if (first != null) {
        problems.add(
            ImportProblem.of(row.line(), rawEmail, "subscriberImport.problem.duplicate", first));
        continue;
      }
      candidates.add(
          new ImportCandidate(row.line(), email, parsed.request().name(), language, topicIds));
    }
    return new Checked(candidates, problems);
  }

  /** The language a cell names (a code, or the language's own name), the default when blank. */
  private Language language(String cell) {
    if (cell.isEmpty()) {
      return defaultLanguage;
    }
    String value = cell.toLowerCase(Locale.ROOT);
    for (Language language : Language.values()) {
      if (language.code().equals(value)
          || language.locale().getDisplayLanguage(language.locale()).equalsIgnoreCase(value)
          || language.locale().getDisplayLanguage(Locale.FRENCH).equalsIgnoreCase(value)) {
        return language;
      }
    }
    return null;
  }

  /** Adds the sections a cell names to {@code ids}; the first name not known, if any. */
  private String topics(String cell, Set<Long> ids) {
    for (String part : TOPIC_SEPARATOR.split(cell)) {
      String topic = part.strip();
      if (topic.isEmpty()) {
        continue;
      }
      Long id = topicsByName.get(topic.toLowerCase(Locale.ROOT));
      if (id == null) {
        return topic;
      }
      ids.add(id);
    }
    return null;
  }
}
