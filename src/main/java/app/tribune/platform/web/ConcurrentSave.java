package app.tribune.platform.web;

import jakarta.persistence.OptimisticLockException;

/**
 * Recognises a save that lost a race with another. A race the service could not see itself shows
 * only at commit, wrapped by the container in exceptions of its own, so the screen looks through
 * the causes.
 */
public final class ConcurrentSave {

  private ConcurrentSave() {}

  /**
   * Whether {@code failure} or one of its causes is an optimistic lock failure, or of one of the
   * {@code kinds} a service throws itself for a stale version.
   */
  @SafeVarargs
  public static boolean explains(Throwable failure, Class<? extends Throwable>... kinds) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
      for (Class<? extends Throwable> kind : kinds) {
        if (kind.isInstance(cause)) {
          return true;
        }
      }
    }
    return false;
  }
}
