package app.tribune.article;

import app.tribune.platform.i18n.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses what "Lire aussi" offers under an article: the editor's picks first, in their order, then
 * the closest other articles. One text is offered once, whatever the number of its translations,
 * and never the article itself or one of its own translations.
 */
final class ReadAlso {

  /** How many articles the block shows at most. */
  static final int MAX = 5;

  /**
   * An article that could be offered, with what makes it close: its language, how many tags it
   * shares with the article being read, and whether it is in the same section.
   */
  record Candidate(
      long id,
      String translationGroup,
      Language language,
      boolean sameSection,
      long sharedTags,
      Instant publishedAt) {}

  /** Closest first: same language, then more tags in common, same section, newer. */
  private static Comparator<Candidate> closestFirst(Language language) {
    return Comparator.comparing((Candidate c) -> c.language() != language)
        .thenComparing(Comparator.comparingLong(Candidate::sharedTags).reversed())
        .thenComparing(c -> !c.sameSection())
        .thenComparing(
            Candidate::publishedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
        .thenComparing(Comparator.comparingLong(Candidate::id).reversed());
  }

  private ReadAlso() {}

  /**
   * The ids to show, in order, at most {@link #MAX}.
   *
   * @param translationGroup the translation group of the article being read
   * @param language the language it is written in
   * @param picks the editor's picks that readers may see, in the editor's order
   * @param others articles sharing tags or the section with it
   */
  static List<Long> choose(
      String translationGroup, Language language, List<Candidate> picks, List<Candidate> others) {
    Set<String> offered = new HashSet<>();
    offered.add(translationGroup);
    List<Long> chosen = new ArrayList<>(MAX);
    for (Candidate pick : picks) {
      if (chosen.size() < MAX && offered.add(pick.translationGroup())) {
        chosen.add(pick.id());
      }
    }
    for (Candidate other : others.stream().sorted(closestFirst(language)).toList()) {
      if (chosen.size() < MAX && offered.add(other.translationGroup())) {
        chosen.add(other.id());
      }
    }
    return chosen;
  }
}
