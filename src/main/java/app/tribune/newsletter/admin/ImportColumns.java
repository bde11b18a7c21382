package app.tribune.newsletter.admin;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which column of the file holds what: an index from 0, or {@link #NONE}. Only the address is
 * required.
 */
public record ImportColumns(int email, int name, int language, int topics) implements Serializable {

  public static final int NONE = -1;

  private static final Set<String> EMAIL = Set.of("email", "e-mail", "mail", "courriel", "adresse");
  private static final Set<String> NAME = Set.of("name", "nom", "naam", "prenom nom", "full name");
  private static final Set<String> LANGUAGE = Set.of("language", "langue", "taal", "lang");
  private static final Set<String> TOPICS =
      Set.of("topics", "rubriques", "sujets", "themas", "thema's", "onderwerpen", "sections");

  public boolean hasEmail() {
    return email != NONE;
  }

  /**
   * The columns a header row names, in French, Dutch or English, case and accents ignored; when no
   * header names the address, the first column is taken for it.
   */
  public static ImportColumns guess(List<String> header) {
    int email = find(header, EMAIL);
    return new ImportColumns(
        email == NONE && !header.isEmpty() ? 0 : email,
        find(header, NAME),
        find(header, LANGUAGE),
        find(header, TOPICS));
  }

  private static int find(List<String> header, Set<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(plain(header.get(i)))) {
        return i;
      }
    }
    return NONE;
  }

  private static String plain(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('_', ' ')
        .toLowerCase(Locale.ROOT);
  }
}
