package app.tribune.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageCacheFilterTest {

  @Test
  void eachAddressAndInterfaceLanguageHasItsOwnKey() {
    assertThat(PageCacheFilter.key("/", null)).hasValue("/");
    assertThat(PageCacheFilter.key("/nl/", null)).hasValue("/nl/");
    assertThat(PageCacheFilter.key("/en/section/analyses", "")).hasValue("/en/section/analyses");
    assertThat(PageCacheFilter.key("/articles/terres", null)).hasValue("/articles/terres");
  }

  @Test
  void listingPagesAreKeptPerPageNumber() {
    assertThat(PageCacheFilter.key("/section/analyses", "page=2"))
        .hasValue("/section/analyses?page=2");
    assertThat(PageCacheFilter.key("/events", "month=2026-03")).hasValue("/events?month=2026-03");
  }

  @Test
  void searchesAndOtherQueriesAreRenderedEachTime() {
    assertThat(PageCacheFilter.key("/search", "q=agriculture")).isEmpty();
    assertThat(PageCacheFilter.key("/section/analyses", "page=2&utm_source=mail")).isEmpty();
    assertThat(PageCacheFilter.key("/section/analyses", "page=abc")).isEmpty();
    assertThat(PageCacheFilter.key("/section/analyses", "page=<script>")).isEmpty();
    assertThat(PageCacheFilter.key("/section/analyses", "page")).isEmpty();
  }

  @Test
  void theBackOfficeMediaResourcesAndPersonalPagesAreNeverCached() {
    assertThat(PageCacheFilter.key("/admin/", null)).isEmpty();
    assertThat(PageCacheFilter.key("/admin/login", null)).isEmpty();
    assertThat(PageCacheFilter.key("/media/12/photo.png", null)).isEmpty();
    assertThat(PageCacheFilter.key("/resources/tribune/css/site.css", "v=abc")).isEmpty();
    assertThat(PageCacheFilter.key("/jakarta.faces.resource/core.js.xhtml", "ln=primefaces"))
        .isEmpty();
    assertThat(PageCacheFilter.key("/health", null)).isEmpty();
    assertThat(PageCacheFilter.key("/metrics", null)).isEmpty();
    assertThat(PageCacheFilter.key("/newsletter/confirm/abc123", null)).isEmpty();
    assertThat(PageCacheFilter.key("/newsletter/unsubscribe/abc123", null)).isEmpty();
    assertThat(PageCacheFilter.key("/newsletter/preferences/abc123", null)).isEmpty();
    assertThat(PageCacheFilter.key("/nl/newsletter/preferences/abc123", null)).isEmpty();
    assertThat(PageCacheFilter.key("/en/newsletter/unsubscribe/abc123", null)).isEmpty();
    assertThat(PageCacheFilter.key("/en/newsletter/confirm/abc123", null)).isEmpty();
    assertThat(PageCacheFilter.key("/nl/newsletter", null)).hasValue("/nl/newsletter");
    assertThat(PageCacheFilter.key("/newsletter", null)).hasValue("/newsletter");
    assertThat(PageCacheFilter.key("/newsletter/issues/3", null)).hasValue("/newsletter/issues/3");
  }

  @Test
  void addressesWithPathParametersAreNotCached() {
    assertThat(PageCacheFilter.key("/articles/terres;jsessionid=abc", null)).isEmpty();
  }
}
