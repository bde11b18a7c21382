package app.tribune.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitemapPlanTest {

  @Test
  void aSiteWithinTheLimitIsOneFile() {
    SitemapPlan plan = new SitemapPlan(30, 70, 100);

    assertThat(plan.isSingleFile()).isTrue();
    assertThat(plan.hasPart(1)).isFalse();
  }

  @Test
  void aLargerSiteIsAnIndexOfThePagesThenRunsOfArticles() {
    SitemapPlan plan = new SitemapPlan(30, 250, 100);

    assertThat(plan.isSingleFile()).isFalse();
    assertThat(plan.parts()).isEqualTo(4);
    assertThat(plan.hasPart(0)).isFalse();
    assertThat(plan.hasPart(1)).isTrue();
    assertThat(plan.hasPart(4)).isTrue();
    assertThat(plan.hasPart(5)).isFalse();
    assertThat(plan.firstArticleOf(2)).isZero();
    assertThat(plan.firstArticleOf(4)).isEqualTo(200);
  }

  @Test
  void aHundredThousandArticlesFitInThreeFilesOfTheProtocol() {
    SitemapPlan plan = SitemapPlan.of(40, 100_000);

    assertThat(plan.isSingleFile()).isFalse();
    assertThat(plan.parts()).isEqualTo(3);
  }
}
