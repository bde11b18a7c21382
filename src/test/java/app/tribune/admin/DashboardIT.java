package app.tribune.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The dashboard as each role opens it on the demo site. */
class DashboardIT {

  private final TribuneServer server = TribuneServer.shared();

  @Test
  void anAdministratorSeesTwelveMonthsOfPublicationsAndSubscribersTheJobsAndTheLatestActivity() {
    Document dashboard = WebClient.administrator(server).page("/admin/");

    List<Element> months = dashboard.select("#publicationsTable tbody tr");
    assertThat(months).hasSize(12);
    assertThat(months.get(11).selectFirst("th").text())
        .isEqualTo(YearMonth.now(ZoneId.of("Europe/Brussels")).toString());
    long total =
        months.stream().mapToLong(row -> Long.parseLong(row.selectFirst("td").text())).sum();
    assertThat(total).as("the demo's articles of the last twelve months").isPositive();
    assertThat(dashboard.select("#publications svg rect")).hasSize(12);
    assertThat(dashboard.selectFirst(".published-this-month strong").text())
        .isEqualTo(months.get(11).selectFirst("td").text());

    assertThat(dashboard.select("#growthTable tbody tr")).hasSize(12);
    assertThat(dashboard.select("#growth svg rect")).hasSize(12);
    assertThat(dashboard.select("#jobs tbody tr")).hasSize(4);
    assertThat(dashboard.select("#activity tbody tr")).isNotEmpty();
    assertThat(dashboard.select("#activity code").eachText()).contains("account.login");
  }

  @Test
  void anAuthorSeesThePublicationsButNeitherSubscribersJobsNorTheAuditLog() {
    Document dashboard = BackOfficeUsers.member(server, "AUTHOR").page("/admin/");

    assertThat(dashboard.select("#publicationsTable tbody tr")).hasSize(12);
    assertThat(dashboard.select("#growth, #jobs, #activity")).isEmpty();
  }
}
