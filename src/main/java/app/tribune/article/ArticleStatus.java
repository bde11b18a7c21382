package app.tribune.article;

/** Where an article stands in the editorial workflow, and which moves the workflow allows. */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  SCHEDULED,
  PUBLISHED,
  ARCHIVED,
  REJECTED,
  TRASHED;

  /**
   * Whether the workflow lets an article go from this status to the target. Who may make the move
   * (an author or an editor) is the service's concern, not this table's.
   */
  public boolean canMoveTo(ArticleStatus target) {
    return switch (this) {
      case DRAFT ->
          target == IN_REVIEW || target == SCHEDULED || target == PUBLISHED || target == TRASHED;
      case IN_REVIEW ->
          target == DRAFT
              || target == REJECTED
              || target == SCHEDULED
              || target == PUBLISHED
              || target == TRASHED;
      case REJECTED -> target == DRAFT || target == IN_REVIEW || target == TRASHED;
      // Rescheduling a scheduled article is a move to the same status.
      case SCHEDULED ->
          target == SCHEDULED || target == DRAFT || target == PUBLISHED || target == TRASHED;
      case PUBLISHED -> target == DRAFT || target == ARCHIVED || target == TRASHED;
      case ARCHIVED -> target == PUBLISHED || target == DRAFT || target == TRASHED;
      // Only Article.restoreFromTrash() leaves the trash, back to the status it remembered.
      case TRASHED -> false;
    };
  }

  /** Whether readers can see an article in this status: archived articles stay readable. */
  public boolean isPublic() {
    return this == PUBLISHED || this == ARCHIVED;
  }
}
