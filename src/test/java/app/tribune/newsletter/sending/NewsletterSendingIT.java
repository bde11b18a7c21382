package app.tribune.newsletter.sending;

import static app.tribune.testing.MailParts.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.tribune.jobs.JobScreen;
import app.tribune.jobs.TribuneJob;
import app.tribune.testing.ScriptedSmtpServer;
import app.tribune.testing.WebClient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Sending an issue over real SMTP, started from the back office as an editor would: everyone who
 * should get it gets one copy, in their language; nobody gets two, whatever happens to the mail
 * server in between; refusals and delays are handled as the recipient's server meant them.
 */
class NewsletterSendingIT {

  private final SendingSite site = SendingSite.shared();

  @AfterAll
  static void jobsLeftThePagesThatStartedThemAlone() {
    SendingSite.shared().assertJobsLeftTheirPagesAlone();
  }

  @Test
  void eachConfirmedSubscriberGetsOneCopyInTheirLanguageAndTheEditorsAReport() throws Exception {
    int number = site.readyIssue("Les nouvelles de l’eau");
    site.subscribe(number, "fr-" + number, 10, "CONFIRMED", "fr");
    site.subscribe(number, "nl-" + number, 10, "CONFIRMED", "nl");
    site.subscribe(number, "en-" + number, 10, "CONFIRMED", "en");
    site.subscribe(number, "pending-" + number, 3, "PENDING", "fr");
    site.subscribe(number, "left-" + number, 3, "UNSUBSCRIBED", "fr");
    site.subscribe(number, "bounced-" + number, 3, "BOUNCED", "fr");
    site.subscribe(number, "complained-" + number, 3, "COMPLAINED", "fr");
    // Confirmed, but interested in another section only.
    int other = site.readyIssue("Un autre numéro");
    site.subscribe(other, "elsewhere-" + number, 3, "CONFIRMED", "fr");

    try (SmtpOnPort mail = SmtpOnPort.greenMail(site.smtpPort)) {
      WebClient first = WebClient.administrator(site.server);
      WebClient second = WebClient.administrator(site.server);
      Document firstScreen = SendingSite.screen(first);
      Document secondScreen = SendingSite.screen(second);
      assertThat(SendingSite.row(firstScreen, number).orElseThrow().text()).contains("Prête");

      // Two editors press "send" at the same moment: one send.
      pressAtOnce(first, firstScreen, second, secondScreen, number, "send");

      SendingSite.await("issue " + number + " sent", () -> "SENT".equals(site.issueStatus(number)));
      Map<String, List<MimeMessage>> received =
          mail.greenMail.getReceivedMessages().length == 0
              ? Map.of()
              : byRecipient(List.of(mail.greenMail.getReceivedMessages()));

      Set<String> messageIds = new HashSet<>();
      for (String language : List.of("fr", "nl", "en")) {
        for (int i = 0; i < 10; i++) {
          String address = SendingSite.address(language + "-" + number, i);
          assertThat(received.get(address)).as(address).hasSize(1);
          MimeMessage copy = received.get(address).get(0);
          assertThat(copy.getSubject()).isEqualTo("Les nouvelles de l’eau");
          assertThat(copy.getHeader("Content-Language")[0]).isEqualTo(language);
          assertThat(copy.getHeader("List-Unsubscribe")[0])
              .contains("/newsletter/unsubscribe/", "mailto:");
          assertThat(copy.getHeader("List-Unsubscribe-Post")[0])
              .isEqualTo("List-Unsubscribe=One-Click");
          assertThat(copy.getMessageID())
              .matches("<issue-" + number + "\\.subscriber-[0-9]+@terres-solidaires\\.test>");
          messageIds.add(copy.getMessageID());
          assertThat(part(copy, "text/html"))
              .contains("lang=\"" + language + "\"", "Un puits au village", "style=\"");
          assertThat(part(copy, "text/plain")).contains("* Un puits au village", "/articles/");
        }
      }
      assertThat(messageIds).hasSize(30);
      assertThat(part(received.get(SendingSite.address("nl-" + number, 1)).get(0), "text/plain"))
          .contains("Hallo Lecteur 1,", "Uitschrijven : http");
      for (String nobody : List.of("pending-", "left-", "bounced-", "complained-", "elsewhere-")) {
        for (int i = 0; i < 3; i++) {
          assertThat(received).doesNotContainKey(SendingSite.address(nobody + number, i));
        }
      }

      assertThat(
              site.query(
                  "SELECT recipient_count || '/' || sent_count || '/' || failed_count"
                      + " FROM newsletter_issue WHERE number = "
                      + number))
          .isEqualTo("30/30/0");
      SendingSite.await(
          "the report to the editors",
          () ->
              byRecipient(List.of(mail.greenMail.getReceivedMessages()))
                  .containsKey(SendingSite.EDITOR_ADDRESS));
      MimeMessage report =
          byRecipient(List.of(mail.greenMail.getReceivedMessages()))
              .get(SendingSite.EDITOR_ADDRESS)
              .stream()
              .filter(m -> subject(m).equals("Infolettre n° " + number + " envoyée"))
              .findFirst()
              .orElseThrow();
      // French typography: a no-break space before the colon.
      assertThat((String) report.getContent()).contains("Envoyées\u00a0: 30");
      assertThat(SendingSite.row(SendingSite.screen(first), number).orElseThrow().text())
          .contains("Envoyée", "30 / 0 / 0");
    }
  }

  @Test
  void withAutomaticSendingTheMonthsIssueGoesOutByItselfOnceBuilt() throws Exception {
    // Something new since the last issue sent, in a section five readers chose.
    int topic = site.readyIssue("Un article tout neuf");
    site.subscribe(topic, "auto-" + topic, 5, "CONFIRMED", "fr");
    String period = String.format("2099-%02d", topic % 12 + 1);
    try (SmtpOnPort mail = SmtpOnPort.greenMail(site.smtpPort)) {
      JobScreen.Run built =
          new JobScreen(WebClient.administrator(site.server))
              .startAndAwait(TribuneJob.BUILD_NEWSLETTER, Map.of("period", period));
      assertThat(built.exitStatus()).isEqualTo("READY");

      // Nobody presses "send".
      String issue = "SELECT status FROM newsletter_issue WHERE period = '" + period + "'";
      SendingSite.await("the built issue sent", () -> "SENT".equals(site.query(issue)));
      Map<String, Long> copies = copies(mail, "auto-" + topic);
      assertThat(copies).hasSize(5);
      assertThat(copies.values()).containsOnly(1L);
      MimeMessage copy =
          byRecipient(List.of(mail.greenMail.getReceivedMessages()))
              .get(SendingSite.address("auto-" + topic, 0))
              .get(0);
      assertThat(part(copy, "text/plain")).contains("/articles/article-" + topic * 100L);
    }
  }

  @Test
  void theMailServerGoneMidSendStopsTheJobAndAResumeSendsTheRestOnce() throws Exception {
    int number = site.readyIssue("Deux mille lecteurs");
    int count = 2000;
    long first = site.subscribe(number, "many-" + number, count, "CONFIRMED", "fr");
    WebClient editor = WebClient.administrator(site.server);
    List<MimeMessage> before;
    try (SmtpOnPort mail = SmtpOnPort.greenMail(site.smtpPort)) {
      SendingSite.press(editor, SendingSite.screen(editor), number, "send");
      SendingSite.await(
          "a first part of the issue", () -> mail.greenMail.getReceivedMessages().length >= 300);
      // The SMTP service goes, dropping its connections; the mailboxes stay, to be counted.
      mail.greenMail.getSmtp().stopService();
      before = List.of(mail.greenMail.getReceivedMessages());
    }
    assertThat(before.size()).as("stopped mid-way").isLessThan(count);
    SendingSite.await(
        "the job to stop",
        () ->
            site.query("SELECT send_error FROM newsletter_issue WHERE number = " + number) != null
                && SendingSite.offers(editor, number, "resume"));
    assertThat(site.query("SELECT send_error FROM newsletter_issue WHERE number = " + number))
        .startsWith("SMTP unreachable: ");
    assertThat(site.issueStatus(number)).isEqualTo("SENDING");

    // While the send waits for its mail server, twenty readers still to be served leave the list
    // from the link of an earlier copy: once that has committed, nothing more goes to them.
    Set<String> leaving =
        site.column(
            "SELECT d.subscriber_id FROM delivery d JOIN newsletter_issue i ON i.id = d.issue_id"
                + " WHERE i.number = "
                + number
                + " AND d.status = 'PENDING' ORDER BY d.subscriber_id DESC LIMIT 20");
    assertThat(leaving).hasSize(20);
    for (String subscriberId : leaving) {
      assertThat(site.unsubscribeInOneClick(Long.parseLong(subscriberId)).statusCode())
          .isEqualTo(200);
    }
    Set<String> leavingAddresses =
        leaving.stream()
            .map(id -> SendingSite.address("many-" + number, (int) (Long.parseLong(id) - first)))
            .collect(Collectors.toSet());

    try (SmtpOnPort mail = SmtpOnPort.greenMail(site.smtpPort)) {
      SendingSite.press(editor, SendingSite.screen(editor), number, "resume");
      SendingSite.await("issue " + number + " sent", () -> "SENT".equals(site.issueStatus(number)));
      List<MimeMessage> after = List.of(mail.greenMail.getReceivedMessages());

      Map<String, Long> copies =
          java.util.stream.Stream.concat(before.stream(), after.stream())
              .map(NewsletterSendingIT::recipient)
              .filter(a -> a.startsWith("many-"))
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(copies.values()).as("nobody got two copies").containsOnly(1L);
      assertThat(copies.keySet())
          .as("nothing after leaving")
          .doesNotContainAnyElementsOf(leavingAddresses);
      assertThat(
              site.count(
                  "SELECT COUNT(*) FROM delivery d JOIN newsletter_issue i ON i.id = d.issue_id"
                      + " WHERE i.number = "
                      + number
                      + " AND d.status = 'SKIPPED' AND d.subscriber_id IN ("
                      + String.join(", ", leaving)
                      + ")"))
          .isEqualTo(20);
      // A mail cut off by the outage after its data went out may or may not have arrived: its
      // delivery stays claimed, reported on the issue, and is not sent again.
      int uncertain =
          site.count(
              "SELECT COUNT(*) FROM delivery d JOIN newsletter_issue i ON i.id = d.issue_id"
                  + " WHERE i.number = "
                  + number
                  + " AND d.status = 'SENDING'");
      assertThat(uncertain).isLessThanOrEqualTo(4);
      assertThat(copies).hasSizeGreaterThanOrEqualTo(count - leaving.size() - uncertain);
      assertThat(
              site.count("SELECT uncertain_count FROM newsletter_issue WHERE number = " + number))
          .isEqualTo(uncertain);
    }
  }

  @Test
  void aSendWhoseServerIsKilledReadsAsInterruptedAndAResumeSendsTheRestOnce() throws Exception {
    // One pass is enough for a test that costs a server start; PostgreSQL stays up through the
    // kill.
    assumeTrue("postgresql".equals(System.getProperty("tribune.it.database", "h2")));
    int number = site.readyIssue("Une coupure de courant");
    int count = 2000;
    site.subscribe(number, "cut-" + number, count, "CONFIRMED", "fr");
    try (SmtpOnPort mail = SmtpOnPort.greenMail(site.smtpPort)) {
      WebClient editor = WebClient.administrator(site.server);
      SendingSite.press(editor, SendingSite.screen(editor), number, "send");
      SendingSite.await(
          "a first part of the issue", () -> mail.greenMail.getReceivedMessages().length >= 300);
      String killed =
          site.query("SELECT job_execution_id FROM newsletter_issue WHERE number = " + number);

      site.killAndRestart();

      assertThat(mail.greenMail.getReceivedMessages().length)
          .as("killed mid-way")
          .isLessThan(count);
      WebClient administrator = WebClient.administrator(site.server);
      SendingSite.await(
          "the console to call run " + killed + " interrupted",
          () -> sendRunStatus(administrator, killed).startsWith("Interrompue"));
      assertThat(sendRunStatus(administrator, killed)).contains("dernier signe de vie du nœud");

      editor = WebClient.administrator(site.server);
      SendingSite.press(editor, SendingSite.screen(editor), number, "resume");
      SendingSite.await("issue " + number + " sent", () -> "SENT".equals(site.issueStatus(number)));

      Map<String, Long> copies = copies(mail, "cut-");
      assertThat(copies.values()).as("nobody got two copies").containsOnly(1L);
      // A sender dies with at most one mail in flight: that one may be lost, never doubled.
      assertThat(count - copies.size()).as("copies lost in flight").isLessThanOrEqualTo(4);
      // Deliveries left claimed (each sender's mail in flight: a mail is recorded as sent as soon
      // as the server accepts it) may or may not have gone: reported on the issue, not sent again.
      int uncertain =
          site.count("SELECT uncertain_count FROM newsletter_issue WHERE number = " + number);
      assertThat(uncertain).as("at most one per sender").isLessThanOrEqualTo(4);
      assertThat(copies).hasSizeGreaterThanOrEqualTo(count - uncertain);
      assertThat(sendRunStatus(administrator, killed))
          .as("the dead run stays as it was")
          .startsWith("Interrompue");

      if (uncertain > 0) {
        // The operator prefers a possible second copy to a possible missing one.
        Set<String> uncertainAddresses =
            site.column(
                "SELECT d.email FROM delivery d JOIN newsletter_issue i ON i.id = d.issue_id"
                    + " WHERE d.status = 'SENDING' AND i.number = "
                    + number);
        WebClient operator = editor;
        SendingSite.await(
            "the offer to send to the uncertain ones",
            () -> SendingSite.offers(operator, number, "resendUncertain"));
        SendingSite.press(operator, SendingSite.screen(operator), number, "resendUncertain");
        SendingSite.await(
            "the uncertain ones sent",
            () ->
                site.count(
                        "SELECT COUNT(*) FROM delivery d JOIN newsletter_issue i"
                            + " ON i.id = d.issue_id WHERE d.status IN ('SENDING', 'PENDING')"
                            + " AND i.number = "
                            + number)
                    == 0);
        Map<String, Long> after = copies(mail, "cut-");
        assertThat(after).as("everyone has a copy now").hasSize(count);
        assertThat(after.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
            .as("only the uncertain ones may have two")
            .allMatch(uncertainAddresses::contains);
        assertThat(after.values()).allMatch(n -> n <= 2);
        assertThat(
                site.count("SELECT uncertain_count FROM newsletter_issue WHERE number = " + number))
            .isZero();
      }
    }
  }

  @Test
  void anOperatorSendsASentIssueToItsUncertainRecipientsOnlyAndOnce() throws Exception {
    int number = site.readyIssue("Des envois incertains");
    long issueId = number * 100L;
    long sure = site.subscribe(number, "sure-" + number, 20, "CONFIRMED", "fr");
    try (SmtpOnPort mail = SmtpOnPort.greenMail(site.smtpPort)) {
      WebClient first = WebClient.administrator(site.server);
      SendingSite.press(first, SendingSite.screen(first), number, "send");
      SendingSite.await("issue " + number + " sent", () -> "SENT".equals(site.issueStatus(number)));
      SendingSite.await("its 20 copies", () -> copies(mail, "sure-").size() == 20);

      // What a run killed mid-send leaves once a resume closed the issue: three claims whose mail
      // did leave, two whose mail never did, all reported uncertain.
      site.execute(
          "UPDATE delivery SET status = 'SENDING', sent_at = NULL, message_id = NULL"
              + " WHERE issue_id = "
              + issueId
              + " AND subscriber_id BETWEEN "
              + sure
              + " AND "
              + (sure + 2));
      long lost = site.subscribe(number, "lost-" + number, 2, "CONFIRMED", "fr");
      for (int i = 0; i < 2; i++) {
        site.delivery(number, lost + i, SendingSite.address("lost-" + number, i), "SENDING");
      }
      site.execute(
          "UPDATE newsletter_issue SET uncertain_count = 5, recipient_count = 22,"
              + " sent_count = 17 WHERE id = "
              + issueId);
      // Confirmed since the issue went out: not one of its recipients.
      site.subscribe(number, "late-" + number, 3, "CONFIRMED", "fr");

      // Offered once the first run is over, its report to the editors sent.
      SendingSite.await(
          "the offer to send to the uncertain ones",
          () -> SendingSite.offers(first, number, "resendUncertain"));
      WebClient second = WebClient.administrator(site.server);
      Document firstScreen = SendingSite.screen(first);
      Document secondScreen = SendingSite.screen(second);
      Element row = SendingSite.row(firstScreen, number).orElseThrow();
      assertThat(row.text()).contains("Envoyée", "5 envois interrompus");
      Element resend = row.selectFirst("button[id$=:resendUncertain]");
      assertThat(resend.text()).isEqualTo("Envoyer aussi aux 5 destinataires incertains");
      assertThat(resend.attr("onclick")).contains("seconde copie");
      assertThat(deliveryStatus(first, sure)).isEqualTo("Incertain (envoi interrompu)");

      // A double click, or two editors at once: one run, the other refused in words.
      List<String> answers =
          pressAtOnce(first, firstScreen, second, secondScreen, number, "resendUncertain");
      assertThat(answers)
          .filteredOn(a -> a.contains("part aux destinataires incertains"))
          .hasSize(1);
      assertThat(answers)
          .filteredOn(
              a ->
                  a.contains("L’envoi est toujours en cours.")
                      || a.contains("Aucun envoi de cette infolettre n’est incertain."))
          .hasSize(1);
      SendingSite.await(
          "the uncertain ones sent and counted",
          () ->
              site.count(
                          "SELECT COUNT(*) FROM delivery WHERE status IN ('SENDING', 'PENDING')"
                              + " AND issue_id = "
                              + issueId)
                      == 0
                  && site.count("SELECT sent_count FROM newsletter_issue WHERE id = " + issueId)
                      == 22);

      Map<String, Long> sureCopies = copies(mail, "sure-");
      for (int i = 0; i < 20; i++) {
        assertThat(sureCopies.get(SendingSite.address("sure-" + number, i)))
            .as("sure %s", i)
            .isEqualTo(i < 3 ? 2L : 1L);
      }
      assertThat(copies(mail, "lost-").values()).containsExactly(1L, 1L);
      assertThat(copies(mail, "late-")).isEmpty();
      assertThat(
              site.query(
                  "SELECT status || '/' || uncertain_count || '/' || recipient_count || '/'"
                      + " || sent_count || '/' || failed_count FROM newsletter_issue WHERE id = "
                      + issueId))
          .isEqualTo("SENT/0/22/22/0");
      assertThat(site.audited("newsletter.resendUncertain", issueId)).isEqualTo(1);
      assertThat(deliveryStatus(first, sure)).isEqualTo("Envoyé");
      Element after = SendingSite.row(SendingSite.screen(first), number).orElseThrow();
      assertThat(after.text()).contains("Envoyée", "22 / 0 / 0").doesNotContain("interrompus");
      assertThat(after.select("button[id$=:resendUncertain]")).isEmpty();
    }
  }

  @Test
  void aStoppedSendGoesOnWithItsUncertainRecipientsWhenTheOperatorSaysSo() throws Exception {
    int number = site.readyIssue("Un envoi arrêté");
    long issueId = number * 100L;
    long first = site.subscribe(number, "halted-" + number, 6, "CONFIRMED", "fr");
    // A send whose run is gone: two deliveries claimed, four still pending.
    site.execute(
        "UPDATE newsletter_issue SET status = 'SENDING', send_started_at = CURRENT_TIMESTAMP,"
            + " recipient_count = 6 WHERE id = "
            + issueId);
    for (int i = 0; i < 6; i++) {
      site.delivery(
          number,
          first + i,
          SendingSite.address("halted-" + number, i),
          i < 2 ? "SENDING" : "PENDING");
    }
    try (SmtpOnPort mail = SmtpOnPort.greenMail(site.smtpPort)) {
      WebClient editor = WebClient.administrator(site.server);
      Element row = SendingSite.row(SendingSite.screen(editor), number).orElseThrow();
      assertThat(row.text()).contains("En cours d’envoi", "2 envois interrompus");
      assertThat(row.select("button[id$=:resume]")).hasSize(1);

      SendingSite.press(editor, SendingSite.screen(editor), number, "resendUncertain");

      SendingSite.await("issue " + number + " sent", () -> "SENT".equals(site.issueStatus(number)));
      assertThat(copies(mail, "halted-").values()).hasSize(6).containsOnly(1L);
      assertThat(
              site.query(
                  "SELECT uncertain_count || '/' || sent_count FROM newsletter_issue WHERE id = "
                      + issueId))
          .isEqualTo("0/6");
    }
  }

  /**
   * Two editors press the same button of an issue at the same moment, each pressing again should
   * Payara turn them away with a 403 it had no reason for (payara/Payara#6145).
   */
  private static List<String> pressAtOnce(
      WebClient first,
      Document firstScreen,
      WebClient second,
      Document secondScreen,
      int number,
      String button) {
    CompletableFuture<String> one =
        CompletableFuture.supplyAsync(
            () -> pressDespiteSpurious403(first, firstScreen, number, button));
    CompletableFuture<String> two =
        CompletableFuture.supplyAsync(
            () -> pressDespiteSpurious403(second, secondScreen, number, button));
    return List.of(one.join(), two.join());
  }

  /** The page answered to the press. */
  private static String pressDespiteSpurious403(
      WebClient editor, Document screen, int number, String button) {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> answer = SendingSite.press(editor, screen, number, button);
      if (answer.statusCode() != 403 || attempt == 3) {
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
      }
    }
  }

  /** Copies received so far by the addresses starting with {@code prefix}, by address. */
  private static Map<String, Long> copies(SmtpOnPort mail, String prefix) {
    return java.util.stream.Stream.of(mail.greenMail.getReceivedMessages())
        .map(NewsletterSendingIT::recipient)
        .filter(a -> a.startsWith(prefix))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /** How the subscriber's page shows their latest delivery. */
  private static String deliveryStatus(WebClient editor, long subscriberId) {
    return editor
        .page("/admin/subscribers/view.xhtml?id=" + subscriberId)
        .selectFirst("#subscriber\\:deliveries_data .delivery-status")
        .text();
  }

  /** The status column of a run of {@code send-newsletter} in the job console. */
  private static String sendRunStatus(WebClient administrator, String executionId) {
    Document console = administrator.page("/admin/jobs/");
    Element line =
        console.select("#jobs\\:table_data tr").stream()
            .filter(tr -> tr.select("code.job-id").text().equals(NewsletterSending.JOB))
            .findFirst()
            .orElseThrow();
    Document runs =
        Jsoup.parse(
            administrator
                .submit(
                    console, "jobs", Map.of(), line.selectFirst("button[id$=:select]").attr("name"))
                .body());
    return runs.select("#jobs\\:runs_data > tr").stream()
        .filter(tr -> tr.select("td.execution").text().equals(executionId))
        .findFirst()
        .map(tr -> tr.selectFirst("td.status").text())
        .orElse("");
  }

  @Test
  void withNoMailServerAtAllTheJobStopsAfterAFewTriesAndSaysWhy() {
    int number = site.readyIssue("Personne au bout du fil");
    site.subscribe(number, "down-" + number, 200, "CONFIRMED", "fr");
    WebClient editor = WebClient.administrator(site.server);

    SendingSite.press(editor, SendingSite.screen(editor), number, "send");

    SendingSite.await("the job to stop", () -> SendingSite.offers(editor, number, "resume"));
    assertThat(SendingSite.row(SendingSite.screen(editor), number).orElseThrow().text())
        .contains("SMTP unreachable: ", "En cours d’envoi");
    assertThat(
            site.count(
                "SELECT COUNT(*) FROM delivery d JOIN newsletter_issue i ON i.id = d.issue_id"
                    + " WHERE i.number = "
                    + number
                    + " AND d.status = 'PENDING'"))
        .as("everyone still to be sent")
        .isEqualTo(200);
  }

  @Test
  void delaysAreRetriedAndRefusalsBounceTheSubscriber() {
    int number = site.readyIssue("Des serveurs capricieux");
    long first = site.subscribe(number, "picky-" + number, 12, "CONFIRMED", "fr");
    try (ScriptedSmtpServer smtp = ScriptedSmtpServer.start(site.smtpPort)) {
      for (int i = 0; i < 4; i++) {
        smtp.defer(SendingSite.address("picky-" + number, i), 2);
      }
      smtp.refuse(SendingSite.address("picky-" + number, 10));
      smtp.refuse(SendingSite.address("picky-" + number, 11));
      WebClient editor = WebClient.administrator(site.server);

      SendingSite.press(editor, SendingSite.screen(editor), number, "send");

      SendingSite.await("issue " + number + " sent", () -> "SENT".equals(site.issueStatus(number)));
      for (int i = 0; i < 10; i++) {
        assertThat(smtp.deliveredTo(SendingSite.address("picky-" + number, i)))
            .as("picky %s", i)
            .hasSize(1);
      }
      assertThat(smtp.deliveredTo(SendingSite.address("picky-" + number, 10))).isEmpty();
      assertThat(site.query("SELECT status FROM subscriber WHERE id = " + (first + 10)))
          .isEqualTo("BOUNCED");
      assertThat(
              site.count(
                  "SELECT COUNT(*) FROM consent_event WHERE type = 'BOUNCED' AND subscriber_id IN ("
                      + (first + 10)
                      + ", "
                      + (first + 11)
                      + ")"))
          .isEqualTo(2);
      assertThat(
              site.query(
                  "SELECT sent_count || '/' || failed_count FROM newsletter_issue WHERE number = "
                      + number))
          .isEqualTo("10/2");
    }
  }

  /** An SMTP server on the site's port for the length of a test. */
  private static final class SmtpOnPort implements AutoCloseable {
    final GreenMail greenMail;
    private boolean stopped;

    private SmtpOnPort(GreenMail greenMail) {
      this.greenMail = greenMail;
    }

    static SmtpOnPort greenMail(int port) {
      GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
      greenMail.start();
      return new SmtpOnPort(greenMail);
    }

    @Override
    public void close() {
      if (!stopped) {
        stopped = true;
        greenMail.stop();
      }
    }
  }

  private static Map<String, List<MimeMessage>> byRecipient(List<MimeMessage> messages) {
    Map<String, List<MimeMessage>> by = new HashMap<>();
    for (MimeMessage message : messages) {
      by.computeIfAbsent(recipient(message), a -> new java.util.ArrayList<>()).add(message);
    }
    return by;
  }

  private static String recipient(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress())
          .findFirst()
          .orElseThrow();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
