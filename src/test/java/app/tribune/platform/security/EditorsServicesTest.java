package app.tribune.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.author.AuthorEditing;
import app.tribune.event.EventEditing;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agenda and the authors are kept by editors and administrators: every call of their services
 * is refused to an author, whatever screen or link leads there.
 */
class EditorsServicesTest {

  static Stream<Method> calls() {
    return Stream.of(EventEditing.class, AuthorEditing.class)
        .flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
        .filter(method -> Modifier.isPublic(method.getModifiers()));
  }

  @ParameterizedTest
  @MethodSource("calls")
  void anAuthorIsRefused(Method call) {
    assertThatThrownBy(() -> AllowedInterceptor.checkRoles(call, Roles.AUTHOR::equals))
        .isInstanceOf(AccessDenied.class);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void editorsAndAdministratorsMayCall(Method call) {
    assertThatCode(() -> AllowedInterceptor.checkRoles(call, Roles.EDITOR::equals))
        .doesNotThrowAnyException();
    assertThatCode(() -> AllowedInterceptor.checkRoles(call, Roles.ADMIN::equals))
        .doesNotThrowAnyException();
  }
}
