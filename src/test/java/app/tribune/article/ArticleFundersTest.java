package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.partner.Partner;
import app.tribune.section.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFundersTest {

  private final Partner region = funder("Région", 2);
  private final Partner foundation = funder("Fondation", 1);
  private final Partner ministry = funder("Ministère", 0);
  private final Partner site = funder("Loterie", 5);
  private final Section projects = new Section("Projets", "projets");
  private final Section westAfrica = new Section("Afrique de l’Ouest", "afrique-de-l-ouest");
  private final Article article = new Article("Mali", "mali", westAfrica);

  private static Partner funder(String name, int position) {
    Partner partner = new Partner(name);
    partner.setPosition(position);
    return partner;
  }

  @Test
  void theArticlesOwnFundersComeFirstInTheirOrder() {
    westAfrica.setPartners(List.of(ministry));
    article.setPartners(List.of(region, foundation));

    assertThat(article.thankedFunders(List.of(site))).containsExactly(foundation, region);
  }

  @Test
  void withoutItsOwnTheSectionsFundersAreThanked() {
    westAfrica.setPartners(List.of(ministry, region));

    assertThat(article.thankedFunders(List.of(site))).containsExactly(ministry, region);
  }

  @Test
  void aSubSectionWithoutFundersThanksItsParentSections() {
    westAfrica.setParent(projects);
    projects.setPartners(List.of(foundation));

    assertThat(article.thankedFunders(List.of(site))).containsExactly(foundation);
  }

  @Test
  void otherwiseTheSitesFundersAre() {
    assertThat(article.thankedFunders(List.of(site, ministry))).containsExactly(ministry, site);
  }

  @Test
  void partnersThatAreNotFundersAreNotThankedAsFunders() {
    Partner media = funder("Journal", 0);
    media.setFunder(false);
    article.setPartners(List.of(media));
    westAfrica.setPartners(List.of(region));

    assertThat(article.thankedFunders(List.of(site))).containsExactly(region);
  }
}
