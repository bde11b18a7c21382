package app.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.tribune.article.Article;
import app.tribune.article.ArticleChanged;
import app.tribune.article.ArticleService;
import app.tribune.article.ArticleType;
import app.tribune.author.Author;
import app.tribune.author.AuthorKind;
import app.tribune.platform.i18n.Language;
import app.tribune.search.SearchResults.Hit;
import app.tribune.section.Section;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  private static final Instant MAY_2024 = Instant.parse("2024-05-02T09:00:00Z");
  private static final Instant JUNE_2023 = Instant.parse("2023-06-10T09:00:00Z");

  private final Section analyses = new Section("Analyses", "analyses");
  private final Section projects = new Section("Projets", "projets");
  private final Section westAfrica = new Section("Afrique de l’Ouest", "afrique-de-l-ouest");
  private final Database database = new Database();
  private final SearchIndex index = new SearchIndex(database, "Europe/Brussels");
  private long nextId = 1;

  SearchIndexTest() {
    westAfrica.setParent(projects);
    index.open();
  }

  @AfterEach
  void close() {
    index.close();
  }

  /** The rows the index reads back, as the article service would serve them. */
  private static final class Database extends ArticleService {

    final Map<Long, Article> rows = new TreeMap<>();
    final List<Long> batchesAfter = new ArrayList<>();

    @Override
    public List<Article> visibleAfter(long lastId, int limit) {
      batchesAfter.add(lastId);
      return rows.values().stream()
          .filter(a -> a.getId() > lastId && a.isPubliclyVisible())
          .limit(limit)
          .toList();
    }

    @Override
    public List<Article> findVisible(Collection<Long> ids) {
      return ids.stream().map(rows::get).filter(a -> a != null && a.isPubliclyVisible()).toList();
    }
  }

  private Article draft(String title, String body) {
    Article article = new Article(title, "article-" + nextId, analyses);
    article.setBody("<p>" + body + "</p>");
    setId(article, nextId++);
    database.rows.put(article.getId(), article);
    return article;
  }

  private Article published(String title, String body) {
    Article article = draft(title, body);
    article.publish(MAY_2024);
    return article;
  }

  private Article indexed(String title, String body) {
    Article article = published(title, body);
    index.index(article);
    return article;
  }

  private static void setId(Article article, long id) {
    try {
      Field field = Article.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(article, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private List<String> titles(String words) {
    return titles(new SearchQuery(words, null, null, null));
  }

  private List<String> titles(SearchQuery query) {
    return index.search(query, 1).hits().stream().map(hit -> hit.article().getTitle()).toList();
  }

  private Hit only(String words) {
    List<Hit> hits = index.search(new SearchQuery(words, null, null, null), 1).hits();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  @Test
  void aTitleMatchOutranksABodyMatch() {
    indexed(
        "Rapport annuel",
        "Nos comptes, nos projets, et un mot sur les semences paysannes parmi bien d’autres.");
    indexed("Les semences paysannes", "Un texte court.");

    assertThat(titles("semences")).containsExactly("Les semences paysannes", "Rapport annuel");
  }

  @Test
  void subtitleOutranksLeadWhichOutranksBody() {
    String with = "Le quinoa pousse sur les hauts plateaux des Andes.";
    String without = "La pomme de terre pousse sur les hauts plateaux des Andes.";
    List<String> titles = List.of("Dans le corps", "Dans le chapô", "Dans le sous-titre");
    for (int part = 0; part < 3; part++) {
      Article article = published(titles.get(part), part == 0 ? with : without);
      article.setLead(part == 1 ? with : without);
      article.setSubtitle(part == 2 ? with : without);
      index.index(article);
    }

    assertThat(titles("quinoa"))
        .containsExactly("Dans le sous-titre", "Dans le chapô", "Dans le corps");
  }

  @Test
  void authorNamesCount() {
    Article signed = indexed("Finance climat", "Les promesses et la facture.");
    signed.setAuthors(List.of(new Author("Claire Dumont", "claire-dumont", AuthorKind.PERSON)));
    index.index(signed);
    indexed("Autre texte", "Les promesses et la facture.");

    assertThat(titles("claire dumont")).containsExactly("Finance climat");
    assertThat(titles("dumont promesses")).containsExactly("Finance climat");
  }

  @Test
  void agricoleFindsAgricultureAndSaysWhereInAHighlightedSnippet() {
    indexed("Politique", "La réforme de la politique agricole commune.");
    indexed("Le zaï", "Une technique d’agriculture durable au Burkina Faso.");
    indexed("Sans rapport", "Rien à voir.");

    assertThat(titles("agricole")).containsExactlyInAnyOrder("Politique", "Le zaï");
    assertThat(only("agriculteurs burkina").snippet())
        .isEqualTo(
            "Une technique <mark>d’agriculture</mark> durable au <mark>Burkina</mark> Faso.");
  }

  @Test
  void accentsAndCaseAreIgnored() {
    indexed("Écologie et économie", "Un texte.");

    assertThat(titles("ECOLOGIE economie")).containsExactly("Écologie et économie");
  }

  @Test
  void everyWordMustBeFoundSomewhere() {
    indexed("Semences", "Les maisons de semences des Andes.");
    indexed("Semences du Sahel", "Un autre texte.");

    assertThat(titles("semences andes")).containsExactly("Semences");
  }

  @Test
  void archivedArticlesAreFoundAndMarked() {
    Article archived = published("Campagne 2019", "La campagne de Carême de 2019.");
    archived.archive(MAY_2024);
    index.index(archived);
    indexed("Campagne 2024", "La campagne de Carême de 2024.");

    List<Hit> hits = index.search(new SearchQuery("carême", null, null, null), 1).hits();

    assertThat(hits).hasSize(2);
    assertThat(hits)
        .filteredOn(Hit::archived)
        .extracting(hit -> hit.article().getTitle())
        .containsExactly("Campagne 2019");
  }

  @Test
  void onlyPublishedAndArchivedArticlesAreIndexed() {
    Article draft = draft("Brouillon sur les pesticides", "Pas encore prêt.");
    index.index(draft);
    Article unpublished = indexed("Retiré : pesticides", "Retiré du site.");
    unpublished.unpublish();
    index.index(unpublished);
    Article trashed = indexed("À la corbeille : pesticides", "Supprimé.");
    trashed.trash(MAY_2024);
    index.index(trashed);
    indexed("Pesticides interdits", "Publié.");

    assertThat(titles("pesticides")).containsExactly("Pesticides interdits");
  }

  @Test
  void changesAreFollowedFromTheDatabase() {
    Article article = indexed("Mercosur", "Un accord commercial.");
    Article gone = indexed("Mercosur encore", "Un autre texte.");

    article.setTitle("Accord UE-Mercosur : qui paiera ?");
    index.onArticleChanged(ArticleChanged.saved(article.getId()));
    gone.trash(MAY_2024);
    index.onArticleChanged(ArticleChanged.saved(gone.getId()));

    assertThat(titles("mercosur")).containsExactly("Accord UE-Mercosur : qui paiera ?");

    database.rows.remove(article.getId());
    index.onArticleChanged(ArticleChanged.deleted(article.getId()));

    assertThat(titles("mercosur")).isEmpty();
  }

  @Test
  void rebuildReadsTheDatabaseInBatchesByIdAndSkipsDrafts() {
    for (int i = 0; i < 1_234; i++) {
      published("Article " + i, "Texte sur la souveraineté alimentaire.");
    }
    draft("Brouillon", "Souveraineté alimentaire, pas encore publié.");

    index.rebuild();

    assertThat(index.search(new SearchQuery("souveraineté", null, null, null), 1).total())
        .isEqualTo(1_234);
    assertThat(database.batchesAfter).containsExactly(0L, 500L, 1_000L);
  }

  @Test
  void rebuildReplacesWhatWasIndexed() {
    Article stale = indexed("Ancien titre", "Texte.");
    stale.setTitle("Nouveau titre");

    index.rebuild();

    assertThat(titles("ancien")).isEmpty();
    assertThat(titles("nouveau")).containsExactly("Nouveau titre");
  }

  @Test
  void filtersNarrowTheResults() {
    Article analysis = indexed("Climat : une analyse", "Texte.");
    analysis.setType(ArticleType.ANALYSIS);
    index.index(analysis);
    Article project = indexed("Climat au Sahel", "Texte.");
    project.setType(ArticleType.PROJECT);
    project.setSection(westAfrica);
    index.index(project);
    Article older = published("Climat en 2023", "Texte.");
    setPublished(older, JUNE_2023);
    index.index(older);

    assertThat(titles(new SearchQuery("climat", ArticleType.PROJECT, null, null)))
        .containsExactly("Climat au Sahel");
    assertThat(titles(new SearchQuery("climat", null, "projets", null)))
        .as("a section includes its sub-sections")
        .containsExactly("Climat au Sahel");
    assertThat(titles(new SearchQuery("climat", null, null, 2023)))
        .containsExactly("Climat en 2023");
    assertThat(titles(new SearchQuery("", null, null, 2024)))
        .containsExactlyInAnyOrder("Climat : une analyse", "Climat au Sahel");
    assertThat(index.years()).containsExactly(2024, 2023);
  }

  @Test
  void articlesAreSearchedInTheirOwnLanguage() {
    Article dutch = published("Land om van te leven", "De boeren verliezen hun grond.");
    dutch.setLanguage(Language.NL);
    index.index(dutch);
    Article english = published("Climate finance", "Farmers pay the bill.");
    english.setLanguage(Language.EN);
    index.index(english);

    assertThat(titles("boer")).containsExactly("Land om van te leven");
    assertThat(titles("farmer")).containsExactly("Climate finance");
  }

  @Test
  void resultsComeTenAPageAndAnyPageNumberGivesAPage() {
    for (int i = 0; i < 25; i++) {
      indexed("Commerce équitable " + i, "Texte.");
    }
    SearchQuery query = new SearchQuery("équitable", null, null, null);

    SearchResults third = index.search(query, 3);
    assertThat(third.hits()).hasSize(5);
    assertThat(third.total()).isEqualTo(25);
    assertThat(third.pageCount()).isEqualTo(3);
    assertThat(index.search(query, 999_999).page()).isEqualTo(3);
    assertThat(index.search(query, -1).page()).isEqualTo(1);
    assertThat(index.search(query, 1).hits()).hasSize(10);
  }

  @Test
  void snippetsAreEscapedHtmlWithMarksOnly() {
    indexed(
        "Sécurité",
        "Un texte sur la <em>vigilance</em> &lt;script&gt;alert(1)&lt;/script&gt; des entreprises.");

    String snippet = only("vigilance").snippet();

    assertThat(snippet)
        .contains("<mark>vigilance</mark>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script", "<em>");
  }

  @Test
  void queriesAreWordsNeverSyntax() {
    indexed("Souveraineté alimentaire : bien plus qu’un slogan", "Texte.");

    for (String hostile :
        List.of(
            "\"souveraineté",
            "souveraineté*",
            "(souveraineté",
            "souveraineté~",
            "souveraineté\\",
            "+souveraineté -alimentaire")) {
      assertThat(titles(hostile)).as(hostile).hasSize(1);
    }
    for (String hostile :
        List.of(
            "*",
            "\"",
            ":",
            "(",
            "~",
            "\\",
            "*:*",
            "<script>alert(1)</script>",
            "a".repeat(10_000))) {
      assertThatCode(() -> index.search(new SearchQuery(hostile, null, null, null), 1))
          .as(hostile)
          .doesNotThrowAnyException();
      assertThat(titles(hostile)).as(hostile).isEmpty();
    }
  }

  @Test
  void aVeryLongQueryIsCutAndStillSearches() {
    indexed("Pesticides interdits", "Texte.");
    String longQuery = "pesticides " + "x".repeat(10_000);

    SearchQuery query = new SearchQuery(longQuery, null, null, null);

    assertThat(query.text()).hasSize(SearchQuery.MAX_LENGTH);
    assertThat(
            titles(new SearchQuery("pesticides " + "interdits ".repeat(2_000), null, null, null)))
        .containsExactly("Pesticides interdits");
  }

  @Test
  void nothingIsSearchedWithoutWordsOrFilters() {
    indexed("Un article", "Texte.");

    assertThat(new SearchQuery("   ", null, null, null).isBlank()).isTrue();
    assertThat(index.search(new SearchQuery("", null, null, null), 1).total()).isZero();
    assertThat(index.search(new SearchQuery("le la les", null, null, null), 1).total()).isZero();
  }

  private static void setPublished(Article article, Instant when) {
    try {
      Field field = Article.class.getDeclaredField("publishedAt");
      field.setAccessible(true);
      field.set(article, when);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
