package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.i18n.Language;
import app.tribune.site.SiteRoutes.Target;
import org.junit.jupiter.api.Test;

class SiteRoutesTest {

  @Test
  void cleanAddressesLeadToTheirViews() {
    assertThat(SiteRoutes.resolve("/")).isEqualTo(new Target(Language.FR, "/index.xhtml"));
    assertThat(SiteRoutes.resolve("/articles/evenements-d-ete-a-liege"))
        .isEqualTo(new Target(Language.FR, "/article.xhtml?slug=evenements-d-ete-a-liege"));
    assertThat(SiteRoutes.resolve("/section/analyses"))
        .isEqualTo(new Target(Language.FR, "/section.xhtml?slug=analyses"));
    assertThat(SiteRoutes.resolve("/admin/login"))
        .isEqualTo(new Target(Language.FR, "/admin/login.xhtml"));
  }

  @Test
  void dutchAndEnglishPrefixesServeTheSamePagesInTheirLanguage() {
    assertThat(SiteRoutes.resolve("/nl")).isEqualTo(new Target(Language.NL, "/index.xhtml"));
    assertThat(SiteRoutes.resolve("/nl/")).isEqualTo(new Target(Language.NL, "/index.xhtml"));
    assertThat(SiteRoutes.resolve("/en/section/analyses"))
        .isEqualTo(new Target(Language.EN, "/section.xhtml?slug=analyses"));
    assertThat(SiteRoutes.resolve("/en/no-such-page"))
        .isEqualTo(new Target(Language.EN, "/en/no-such-page"));
  }

  @Test
  void aLanguagePrefixNeverOpensTheBackOfficeOrPrivateFiles() {
    assertThat(SiteRoutes.resolve("/nl/admin/index.xhtml"))
        .isEqualTo(new Target(Language.NL, "/nl/admin/index.xhtml"));
    assertThat(SiteRoutes.resolve("/en/WEB-INF/web.xml"))
        .isEqualTo(new Target(Language.EN, "/en/WEB-INF/web.xml"));
  }

  @Test
  void anythingElseIsLeftAsItIs() {
    for (String path :
        new String[] {
          "/articles/", "/articles/a/b", "/articles/<script>", "/articles/UPPER-case",
          "/articles/x%00y", "/media/1/a.png", "/nlx/section/analyses", "/de/section/analyses"
        }) {
      assertThat(SiteRoutes.resolve(path)).isEqualTo(new Target(Language.FR, path));
    }
  }
}
