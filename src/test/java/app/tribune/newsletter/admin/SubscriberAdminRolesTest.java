package app.tribune.newsletter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Subscribers are editors' and administrators' business: the services say so, not the screens. */
class SubscriberAdminRolesTest {

  @Test
  void noPublicMethodOfEitherServiceLetsAnAuthorIn() {
    for (Class<?> service :
        new Class<?>[] {SubscriberAdminService.class, SubscriberImportService.class}) {
      assertThat(service.getAnnotation(Allowed.class).value())
          .as(service.getSimpleName())
          .containsExactlyInAnyOrder(Roles.EDITOR, Roles.ADMIN);
      assertThat(
              Arrays.stream(service.getDeclaredMethods())
                  .filter(m -> Modifier.isPublic(m.getModifiers()))
                  .map(m -> m.getAnnotation(Allowed.class))
                  .filter(Objects::nonNull)
                  .flatMap(a -> Arrays.stream(a.value())))
          .as(service.getSimpleName() + " methods with roles of their own")
          .doesNotContain(Roles.AUTHOR);
    }
  }
}
