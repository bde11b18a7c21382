package app.tribune.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowedInterceptorTest {

  @Allowed({Roles.EDITOR, Roles.ADMIN})
  static class Publishing {
    void publish() {}

    @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    void saveDraft() {}
  }

  static class Unmarked {
    void anything() {}
  }

  private static Method method(Class<?> type, String name) throws NoSuchMethodException {
    return type.getDeclaredMethod(name);
  }

  @Test
  void aCallerWithOneOfTheClassRolesGetsThrough() throws Exception {
    assertThatCode(
            () ->
                AllowedInterceptor.checkRoles(
                    method(Publishing.class, "publish"), Set.of(Roles.EDITOR)::contains))
        .doesNotThrowAnyException();
  }

  @Test
  void anAuthorMayNotPublishButMaySaveADraft() throws Exception {
    Method publish = method(Publishing.class, "publish");
    Method saveDraft = method(Publishing.class, "saveDraft");

    assertThatThrownBy(() -> AllowedInterceptor.checkRoles(publish, Set.of(Roles.AUTHOR)::contains))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("Publishing.publish");
    assertThatCode(() -> AllowedInterceptor.checkRoles(saveDraft, Set.of(Roles.AUTHOR)::contains))
        .doesNotThrowAnyException();
  }

  @Test
  void anAnonymousCallerAndAnUnmarkedMethodAreRefused() throws Exception {
    assertThatThrownBy(
            () ->
                AllowedInterceptor.checkRoles(
                    method(Publishing.class, "saveDraft"), Set.<String>of()::contains))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () ->
                AllowedInterceptor.checkRoles(
                    method(Unmarked.class, "anything"), Set.of(Roles.ADMIN)::contains))
        .isInstanceOf(AccessDenied.class);
  }
}
