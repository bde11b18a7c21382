package app.tribune.newsletter.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.article.Article;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.newsletter.web.NewsletterIssueView.Group;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsletterIssueViewTest {

  @Test
  void onlyAPlainPositiveNumberNamesAnIssue() {
    assertThat(NewsletterIssueView.parse("12")).contains(12);
    for (String other : new String[] {null, "", "0", "012", "-1", "1.5", "abc", "9999999999"}) {
      assertThat(NewsletterIssueView.parse(other)).as(other).isEmpty();
    }
  }

  @Test
  void itemsUnderTheSameHeadingStayTogetherInTheIssuesOrder() {
    NewsletterItem first = item("Analyses", "Un");
    NewsletterItem second = item("Analyses", "Deux");
    NewsletterItem third = item("Actualités", "Trois");
    NewsletterItem fourth = item("Analyses", "Quatre");

    List<Group> groups = NewsletterIssueView.group(List.of(first, second, third, fourth));

    assertThat(groups)
        .extracting(Group::heading)
        .containsExactly("Analyses", "Actualités", "Analyses");
    assertThat(groups.get(0).items()).containsExactly(first, second);
    assertThat(groups.get(2).items()).containsExactly(fourth);
  }

  private static NewsletterItem item(String heading, String title) {
    return NewsletterItem.forArticle((Article) null, heading, title, null);
  }
}
