package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A double click on the subscription form sends the same request twice at once: both must get the
 * answer a single one gets, and the address must be one subscriber.
 */
class DoubleSubmitIT {

  private static final int ADDRESSES = 4;
  private static final int COPIES = 3;

  private final NewsletterSite site = NewsletterSite.shared();

  @Test
  void identicalSubscriptionsSentAtOnceAllAnswerAsOneAndMakeOneSubscriber() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(COPIES);
    try {
      for (int i = 0; i < ADDRESSES; i++) {
        String address = NewsletterSite.freshAddress("twin");
        Document form = site.page(site.get("/newsletter"));
        Map<String, List<String>> fields =
            Map.of(
                "token", List.of(form.selectFirst("#newsletter-form input[name=token]").val()),
                "website", List.of(""),
                "email", List.of(address),
                "language", List.of("fr"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
          answers.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    await(start);
                    return site.post("/newsletter", fields);
                  },
                  pool));
        }
        start.countDown();

        for (CompletableFuture<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get();
          assertThat(response.statusCode()).as("answer for %s", address).isEqualTo(303);
          assertThat(response.headers().firstValue("Location"))
              .hasValueSatisfying(l -> l.endsWith("/newsletter?sent"));
        }
        site.awaitMail(address, 1);
        assertThat(subscribersListed(address)).as(address).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private long subscribersListed(String address) {
    WebClient admin = WebClient.administrator(site.server);
    Document list = admin.page("/admin/subscribers/");
    HttpResponse<String> filtered =
        admin.submit(list, "list", Map.of("list:text", address), "list:search");
    return Jsoup.parse(filtered.body()).select("#list\\:table a.subscriber-link").size();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
