package app.tribune.article.archiving;

import app.tribune.article.ArticleType;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * How long each type of article stays among the current ones before the archive job takes it:
 * {@code tribune.archive.retention-months}, or {@code tribune.archive.retention-months.<TYPE>} for
 * one type ({@code TRIBUNE_ARCHIVE_RETENTION_MONTHS_PRESS_RELEASE=6}).
 */
public final class ArchiveRetention {

  static final String KEY = "tribune.archive.retention-months";

  private final Map<ArticleType, Period> byType;

  ArchiveRetention(Map<ArticleType, Period> byType) {
    this.byType = new EnumMap<>(byType);
  }

  /** {@code months} gives a type's months, or {@code null} for the general setting. */
  static ArchiveRetention of(int generalMonths, Function<ArticleType, Integer> months) {
    Map<ArticleType, Period> byType = new EnumMap<>(ArticleType.class);
    for (ArticleType type : ArticleType.values()) {
      Integer own = months.apply(type);
      int chosen = own == null ? generalMonths : own;
      if (chosen < 1) {
        throw new IllegalArgumentException(
            "Retention of " + type + " must be one month or more, not " + chosen);
      }
      byType.put(type, Period.ofMonths(chosen));
    }
    return new ArchiveRetention(byType);
  }

  static ArchiveRetention fromConfig(Config config) {
    return of(
        config.getOptionalValue(KEY, Integer.class).orElse(24),
        type -> config.getOptionalValue(KEY + "." + type.name(), Integer.class).orElse(null));
  }

  public Period of(ArticleType type) {
    return byType.get(type);
  }

  /**
   * Whether an article of {@code type} published at {@code publishedAt} is due for the archive at
   * {@code asOf}: published on or before {@code asOf} less the type's retention.
   */
  public boolean isDue(ArticleType type, Instant publishedAt, Instant asOf) {
    return !publishedAt.isAfter(minus(asOf, of(type)));
  }

  /**
   * The latest publication time any type can have and be due at {@code asOf}: the reader's query
   * bound, before each row is checked against its own type's retention.
   */
  public Instant latestDuePublication(Instant asOf) {
    Period shortest =
        Arrays.stream(ArticleType.values())
            .map(this::of)
            .min((a, b) -> Integer.compare(a.getMonths(), b.getMonths()))
            .orElseThrow();
    return minus(asOf, shortest);
  }

  private static Instant minus(Instant asOf, Period retention) {
    // Instant cannot count months; UTC is close enough for a retention counted in months.
    return asOf.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
  }
}
