package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteRoutesTest {

  @Test
  void cleanAddressesLeadToTheirViews() {
    assertThat(SiteRoutes.resolve("/articles/evenements-d-ete-a-liege"))
        .hasValue("/article.xhtml?slug=evenements-d-ete-a-liege");
    assertThat(SiteRoutes.resolve("/section/analyses")).hasValue("/section.xhtml?slug=analyses");
    assertThat(SiteRoutes.resolve("/admin/login")).hasValue("/admin/login.xhtml");
  }

  @Test
  void anythingElseIsLeftAlone() {
    assertThat(SiteRoutes.resolve("/")).isEmpty();
    assertThat(SiteRoutes.resolve("/articles/")).isEmpty();
    assertThat(SiteRoutes.resolve("/articles/a/b")).isEmpty();
    assertThat(SiteRoutes.resolve("/articles/<script>")).isEmpty();
    assertThat(SiteRoutes.resolve("/articles/UPPER-case")).isEmpty();
    assertThat(SiteRoutes.resolve("/articles/x%00y")).isEmpty();
    assertThat(SiteRoutes.resolve("/media/1/a.png")).isEmpty();
  }
}
