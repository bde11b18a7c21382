package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The authorisation matrix of the article service, as its annotations declare it. */
class ArticleEditingRolesTest {

  private static final Set<String> AUTHOR_MAY =
      Set.of(
          "load",
          "rights",
          "page",
          "count",
          "save",
          "proposeSlug",
          "slugTakenByAnother",
          "submit",
          "revisions",
          "compare",
          "restoreRevision",
          "sections",
          "tags",
          "authors",
          "partners",
          "media",
          "articles",
          "imageHtml");

  private static Set<String> roles(Method method) {
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = ArticleEditing.class.getAnnotation(Allowed.class);
    }
    return Set.of(allowed.value());
  }

  private static Set<Method> publicMethods() {
    return Arrays.stream(ArticleEditing.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .collect(Collectors.toSet());
  }

  @Test
  void editorsAndAdministratorsMayCallEverything() {
    assertThat(publicMethods())
        .allSatisfy(m -> assertThat(roles(m)).contains(Roles.EDITOR, Roles.ADMIN));
  }

  @Test
  void authorsMayWriteAndSubmitButNeverPublishArchiveRejectOrTrash() {
    Set<String> forAuthors =
        publicMethods().stream()
            .filter(m -> roles(m).contains(Roles.AUTHOR))
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(forAuthors).isEqualTo(new TreeSet<>(AUTHOR_MAY));
    assertThat(forAuthors)
        .doesNotContain(
            "publish",
            "schedule",
            "unpublish",
            "unpublishAt",
            "archive",
            "restore",
            "reject",
            "trash",
            "restoreFromTrash",
            "publishAll",
            "archiveAll",
            "trashAll");
  }
}
