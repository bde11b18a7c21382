package app.tribune.media;

/** The two kinds of files the library holds, as editors filter them. */
public enum MediaKind {
  IMAGE,
  DOCUMENT
}
