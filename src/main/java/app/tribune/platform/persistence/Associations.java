package app.tribune.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Helpers for the to-many associations of entities edited through forms. */
public final class Associations {

  private Associations() {}

  /**
   * Replaces the content of a mapped collection in place: the provider keeps tracking the same
   * collection instance, and a form that hands back the very collection it was given does not empty
   * it.
   */
  public static <T> void replace(Collection<T> mapped, Collection<? extends T> wanted) {
    if (mapped == wanted) {
      return;
    }
    List<T> copy = wanted == null ? List.of() : new ArrayList<>(wanted);
    mapped.clear();
    mapped.addAll(copy);
  }
}
