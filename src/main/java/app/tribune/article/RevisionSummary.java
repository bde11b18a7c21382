package app.tribune.article;

import java.io.Serializable;
import java.time.Instant;

/** A line of an article's revision list: which one, who saved it, when, and their note. */
public record RevisionSummary(
    int number, String title, String createdBy, Instant createdAt, String note)
    implements Serializable {

  static RevisionSummary of(Revision revision) {
    return new RevisionSummary(
        revision.getNumber(),
        revision.getTitle(),
        revision.getCreatedBy(),
        revision.getCreatedAt(),
        revision.getNote());
  }
}
