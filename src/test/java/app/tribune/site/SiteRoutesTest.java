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
    assertThat(SiteRoutes.resolve("/tag/semences-paysannes"))
        .isEqualTo(new Target(Language.FR, "/tag.xhtml?slug=semences-paysannes"));
    assertThat(SiteRoutes.resolve("/author/claire-dumont"))
        .isEqualTo(new Target(Language.FR, "/author.xhtml?slug=claire-dumont"));
    assertThat(SiteRoutes.resolve("/admin/login"))
        .isEqualTo(new Target(Language.FR, "/admin/login.xhtml"));
    assertThat(SiteRoutes.resolve("/search")).isEqualTo(new Target(Language.FR, "/search.xhtml"));
    assertThat(SiteRoutes.resolve("/newsletter/issues"))
        .isEqualTo(new Target(Language.FR, "/newsletter-issues.xhtml"));
    assertThat(SiteRoutes.resolve("/nl/newsletter/issues/12"))
        .isEqualTo(new Target(Language.NL, "/newsletter-issue.xhtml?number=12"));
    for (String notAnIssue :
        new String[] {"/newsletter/issues/0", "/newsletter/issues/012", "/newsletter/issues/x"}) {
      assertThat(SiteRoutes.resolve(notAnIssue)).isEqualTo(new Target(Language.FR, notAnIssue));
    }
  }

  @Test
  void theArchiveAndTheAgendaHaveTheirAddresses() {
    assertThat(SiteRoutes.resolve("/archive")).isEqualTo(new Target(Language.FR, "/archive.xhtml"));
    assertThat(SiteRoutes.resolve("/archive/2025/03"))
        .isEqualTo(new Target(Language.FR, "/archive-month.xhtml?year=2025&month=03"));
    assertThat(SiteRoutes.resolve("/nl/archive/2025/12"))
        .isEqualTo(new Target(Language.NL, "/archive-month.xhtml?year=2025&month=12"));
    assertThat(SiteRoutes.resolve("/events")).isEqualTo(new Target(Language.FR, "/events.xhtml"));
    assertThat(SiteRoutes.resolve("/en/events/conference-qui-possede-la-terre-liege"))
        .isEqualTo(
            new Target(Language.EN, "/event.xhtml?slug=conference-qui-possede-la-terre-liege"));
  }

  @Test
  void archiveMonthsAreWrittenWithFourAndTwoDigits() {
    for (String path :
        new String[] {
          "/archive/",
          "/archive/2025",
          "/archive/2025/3",
          "/archive/25/03",
          "/archive/2025/03/01",
          "/archive/abcd/ef",
          "/events/",
          "/events/Not-A-Slug"
        }) {
      assertThat(SiteRoutes.resolve(path)).as(path).isEqualTo(new Target(Language.FR, path));
    }
  }

  @Test
  void dutchAndEnglishPrefixesServeTheSamePagesInTheirLanguage() {
    assertThat(SiteRoutes.resolve("/nl")).isEqualTo(new Target(Language.NL, "/index.xhtml"));
    assertThat(SiteRoutes.resolve("/nl/")).isEqualTo(new Target(Language.NL, "/index.xhtml"));
    assertThat(SiteRoutes.resolve("/en/section/analyses"))
        .isEqualTo(new Target(Language.EN, "/section.xhtml?slug=analyses"));
    assertThat(SiteRoutes.resolve("/nl/tag/eau"))
        .isEqualTo(new Target(Language.NL, "/tag.xhtml?slug=eau"));
    assertThat(SiteRoutes.resolve("/en/author/claire-dumont"))
        .isEqualTo(new Target(Language.EN, "/author.xhtml?slug=claire-dumont"));
    assertThat(SiteRoutes.resolve("/nl/search"))
        .isEqualTo(new Target(Language.NL, "/search.xhtml"));
    assertThat(SiteRoutes.resolve("/en/no-such-page"))
        .isEqualTo(new Target(Language.EN, "/en/no-such-page"));
  }

  @Test
  void anythingElseIsLeftAsItIs() {
    for (String path :
        new String[] {
          "/articles/",
          "/articles/a/b",
          "/articles/<script>",
          "/articles/UPPER-case",
          "/articles/x%00y",
          "/media/1/a.png",
          "/search/",
          "/search/x",
          "/nlx/section/analyses",
          "/de/section/analyses",
          "/tag/",
          "/tag/a/b",
          "/author/<b>",
          "/author/Claire"
        }) {
      assertThat(SiteRoutes.resolve(path)).isEqualTo(new Target(Language.FR, path));
    }
  }

  @Test
  void feedsReachTheirServletAndASectionFeedIsNotTakenForItsSection() {
    assertThat(SiteRoutes.resolve("/feed.xml")).isEqualTo(new Target(Language.FR, "/feeds/site"));
    assertThat(SiteRoutes.resolve("/section/analyses/feed.xml"))
        .isEqualTo(new Target(Language.FR, "/feeds/section?slug=analyses"));
    assertThat(SiteRoutes.resolve("/nl/section/analyses/feed.xml"))
        .isEqualTo(new Target(Language.NL, "/feeds/section?slug=analyses"));
    assertThat(SiteRoutes.resolve("/en/newsletter/feed.xml"))
        .isEqualTo(new Target(Language.EN, "/feeds/newsletter"));
    for (String path :
        new String[] {
          "/section/analyses/feed.xml/x", "/section/a/b/feed.xml", "/section/Analyses/feed.xml",
          "/section/analyses/feedxxml", "/sitemap.xml", "/robots.txt"
        }) {
      assertThat(SiteRoutes.resolve(path)).as(path).isEqualTo(new Target(Language.FR, path));
    }
  }

  @Test
  void aLanguagePrefixNeverLeadsPastWhatTheContainerGuards() {
    for (String path :
        new String[] {
          "/nl/admin/index.xhtml",
          "/en/admin/",
          "/nl/WEB-INF/web.xml",
          "/en/META-INF/MANIFEST.MF",
          "/nl/index.xhtml",
          "/en/section.xhtml"
        }) {
      assertThat(SiteRoutes.resolve(path).path()).as(path).isEqualTo(path);
    }
  }

  @Test
  void theNewsletterPagesHaveTheirAddressesTokensIncluded() {
    assertThat(SiteRoutes.resolve("/newsletter"))
        .isEqualTo(new Target(Language.FR, "/newsletter.xhtml"));
    assertThat(SiteRoutes.resolve("/nl/newsletter"))
        .isEqualTo(new Target(Language.NL, "/newsletter.xhtml"));
    assertThat(SiteRoutes.resolve("/en/newsletter/confirm/c.42.1767225600.AbC_d-9.Zx-_y"))
        .isEqualTo(
            new Target(
                Language.EN, "/newsletter-confirm.xhtml?token=c.42.1767225600.AbC_d-9.Zx-_y"));
    assertThat(SiteRoutes.resolve("/newsletter/preferences/p.42.0.0.sig"))
        .isEqualTo(new Target(Language.FR, "/newsletter-preferences.xhtml?token=p.42.0.0.sig"));
    assertThat(SiteRoutes.resolve("/newsletter/unsubscribe/u.42.0.0.sig"))
        .isEqualTo(new Target(Language.FR, "/newsletter-unsubscribe.xhtml?token=u.42.0.0.sig"));
    assertThat(SiteRoutes.resolve("/privacy")).isEqualTo(new Target(Language.FR, "/privacy.xhtml"));
  }

  @Test
  void aTokenThatCouldBreakTheViewsQueryIsNoRoute() {
    assertThat(SiteRoutes.resolve("/newsletter/unsubscribe/u.1&token=x").path())
        .isEqualTo("/newsletter/unsubscribe/u.1&token=x");
    assertThat(SiteRoutes.resolve("/newsletter/confirm/" + "a".repeat(201)).path())
        .startsWith("/newsletter/confirm/");
  }
}
