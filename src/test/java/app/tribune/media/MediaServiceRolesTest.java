package app.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Who may change the library, as the service itself declares it (the screens only follow). */
class MediaServiceRolesTest {

  @Test
  void authorsUploadAndDescribeButOnlyEditorsAndAdministratorsDelete() throws Exception {
    assertThat(roles("upload", String.class, InputStream.class))
        .containsExactlyInAnyOrder(Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN);
    assertThat(roles("describe", long.class, long.class, String.class, String.class, String.class))
        .containsExactlyInAnyOrder(Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN);
    assertThat(roles("delete", long.class)).containsExactlyInAnyOrder(Roles.EDITOR, Roles.ADMIN);
  }

  private static String[] roles(String method, Class<?>... parameters) throws Exception {
    Allowed allowed = MediaService.class.getMethod(method, parameters).getAnnotation(Allowed.class);
    assertThat(allowed).as(method).isNotNull();
    return allowed.value();
  }
}
