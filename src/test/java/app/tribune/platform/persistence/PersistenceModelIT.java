package app.tribune.platform.persistence;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.tribune.account.Account;
import app.tribune.account.Role;
import app.tribune.article.Article;
import app.tribune.article.ArticleStatus;
import app.tribune.article.ArticleType;
import app.tribune.article.Revision;
import app.tribune.audit.AuditEntry;
import app.tribune.author.Author;
import app.tribune.author.AuthorKind;
import app.tribune.event.Event;
import app.tribune.media.MediaAsset;
import app.tribune.media.MediaContent;
import app.tribune.media.MediaVariant;
import app.tribune.newsletter.ConsentEvent;
import app.tribune.newsletter.ConsentEventType;
import app.tribune.newsletter.ConsentSource;
import app.tribune.newsletter.Delivery;
import app.tribune.newsletter.DeliveryStatus;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.newsletter.NewsletterItemKind;
import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriberStatus;
import app.tribune.newsletter.SuppressedAddress;
import app.tribune.newsletter.SuppressionReason;
import app.tribune.partner.Partner;
import app.tribune.platform.i18n.Language;
import app.tribune.section.Section;
import app.tribune.site.SiteSettings;
import app.tribune.tag.Tag;
import app.tribune.testing.PostgresServer;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Parameter;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.RollbackException;
import jakarta.persistence.metamodel.EntityType;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The persistence unit of {@code META-INF/persistence.xml}, mapped by EclipseLink 4.0 (the provider
 * Payara bundles) onto a schema built by the project's own migrations, outside the server: a
 * mapping that disagrees with the migrations fails here, with its SQL, rather than on a page.
 * Failsafe runs it on H2 and then on PostgreSQL, as {@code tribune.it.database} says.
 */
class PersistenceModelIT {

  /** A moment with microseconds, the finest precision both databases keep. */
  private static final Instant MOMENT = Instant.parse("2024-03-10T08:15:30.123456Z");

  /** Large enough to need the databases' large-object handling, as a photo from a phone does. */
  private static final byte[] PHOTO = randomBytes(5 * 1024 * 1024);

  /** A long analysis, sanitised on the way in like every body. */
  private static final String LONG_BODY = longBody(200 * 1024);

  private static final AtomicInteger SERIAL = new AtomicInteger();

  @TempDir static Path h2Folder;

  private static TimeZone zoneBefore;
  private static PostgresServer postgres;
  private static DataSource database;
  private static EntityManagerFactory factory;

  @BeforeAll
  static void migrateAndStartThePersistenceUnit() throws SQLException {
    // The site runs in Brussels, an hour or two from UTC: a moment stored in local time shows.
    zoneBefore = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Europe/Brussels"));

    if ("postgresql".equals(System.getProperty("tribune.it.database", "h2"))) {
      postgres = PostgresServer.start();
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setURL(postgres.jdbcUrl());
      source.setUser(postgres.user());
      source.setPassword(postgres.password());
      database = source;
    } else {
      // A file, as run.sh uses, so large objects go through H2's file storage. Pooled, as Payara
      // keeps steady connections: H2 closes a file database with its last connection, and reopening
      // it for every transaction, which the site never does, was seen to corrupt it (H2 2.2.224).
      database = JdbcConnectionPool.create("jdbc:h2:file:" + h2Folder.resolve("tribune"), "sa", "");
    }
    String product;
    try (Connection connection = database.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration/common")
        .placeholders(DatabaseMigration.placeholdersFor(product))
        .load()
        .migrate();

    Map<String, Object> properties = new HashMap<>();
    // The unit is JTA inside Payara; here it runs its own transactions on the test's database.
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    // A data source rather than jdbc.user and jdbc.password: EclipseLink takes a password that
    // looks like hexadecimal, as the test server's does, for an encrypted one and fails to decrypt.
    properties.put("jakarta.persistence.nonJtaDataSource", database);
    // Dynamic weaving needs a Java agent; without it lazy attributes are simply loaded at once.
    properties.put("eclipselink.weaving", "false");
    // Otherwise EclipseLink warns at start-up about every such attribute.
    properties.put("eclipselink.logging.level.metadata", "SEVERE");
    factory = Persistence.createEntityManagerFactory("tribune", properties);
  }

  @AfterAll
  static void stop() {
    try {
      if (factory != null) {
        factory.close();
      }
      if (database instanceof JdbcConnectionPool pool) {
        pool.dispose();
      }
      if (postgres != null) {
        postgres.close();
      }
    } finally {
      TimeZone.setDefault(zoneBefore);
    }
  }

  @Test
  void everyEntityOfTheApplicationIsInThePersistenceUnit() throws Exception {
    Set<Class<?>> mapped =
        factory.getMetamodel().getEntities().stream().map(EntityType::getJavaType).collect(toSet());

    // persistence.xml lists its classes and excludes the rest: a forgotten one is unknown to JPA.
    assertThat(mapped).containsExactlyInAnyOrderElementsOf(entityClassesOfTheApplication());
  }

  @Test
  void everyEntityIsReadBackAsSavedWithItsLinksAndTexts() throws SQLException {
    Newsroom saved = Newsroom.save();
    write(
        em -> {
          SiteSettings settings = em.find(SiteSettings.class, SiteSettings.ID);
          settings.setTagline("Au cœur des luttes, de Liège à Ostende");
          settings.setLogo(em.find(MediaAsset.class, saved.photo.getId()));
          settings.setDefaultPartners(List.of(em.find(Partner.class, saved.funder.getId())));
        });

    EntityManager em = freshEntityManager();
    try {
      MediaAsset photo = em.find(MediaAsset.class, saved.photo.getId());
      assertThat(photo.getOriginalName()).isEqualTo("Été à Liège.JPG");
      assertThat(photo.getStorageName()).isEqualTo(saved.photo.getStorageName()).endsWith(".jpg");
      assertThat(photo.getAltText()).isEqualTo("Des élèves devant l’hôtel de ville");
      assertThat(photo.getWidth()).isEqualTo(4000);
      assertThat(photo.getCreatedAt()).isEqualTo(MOMENT);
      byte[] bytes = em.find(MediaContent.class, photo.getId()).getBytes();
      assertThat(bytes.length).isEqualTo(PHOTO.length);
      assertThat(sha256(bytes)).as("the photo, byte for byte").isEqualTo(sha256(PHOTO));
      MediaVariant thumbnail = em.find(MediaVariant.class, saved.thumbnail.getId());
      assertThat(thumbnail.getAsset()).isEqualTo(photo);
      assertThat(thumbnail.getBytes()).containsExactly(saved.thumbnail.getBytes());

      Partner funder = em.find(Partner.class, saved.funder.getId());
      assertThat(funder.getName()).isEqualTo("Fédération Wallonie-Bruxelles");
      assertThat(funder.getLogo()).isEqualTo(photo);
      assertThat(funder.getActiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
      assertThat(funder.getActiveUntil()).isEqualTo(LocalDate.of(2026, 12, 31));

      Article article = em.find(Article.class, saved.article.getId());
      assertThat(article.getTitle()).isEqualTo("Égalité des chances : où en est l’école ?");
      assertThat(article.getLead()).isEqualTo(saved.article.getLead());
      assertThat(article.getBody())
          .isEqualTo(saved.article.getBody())
          .hasSizeGreaterThan(200 * 1024)
          .contains("Les élèves de l’école n°");
      assertThat(article.getType()).isEqualTo(ArticleType.ANALYSIS);
      assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(article.getLanguage()).isEqualTo(Language.NL);
      assertThat(article.getPublishedAt()).isEqualTo(MOMENT);
      assertThat(article.getUnpublishAt()).isEqualTo(MOMENT.plus(Duration.ofDays(90)));
      assertThat(article.getCreatedAt()).isEqualTo(MOMENT.minusSeconds(3600));
      assertThat(article.getUpdatedBy()).isEqualTo("camille");
      assertThat(article.getSection()).isEqualTo(saved.subsection);
      assertThat(article.getSection().getParent().getName(Language.NL)).isEqualTo("Samenleving");
      assertThat(article.getSection().getParent().getName(Language.EN)).isEqualTo("Society");
      assertThat(article.getSection().getParent().getName(Language.FR)).isEqualTo("Société");
      assertThat(article.getTags()).extracting(Tag::getName).containsExactly(saved.tag.getName());
      assertThat(article.getAuthors())
          .as("the byline keeps its order")
          .extracting(Author::getName)
          .containsExactly("Collectif Écoles ouvertes", "Zoé Vandenbroucke");
      assertThat(article.getAttachments()).containsExactly(photo);
      assertThat(article.getFeaturedImage()).isEqualTo(photo);
      assertThat(article.getRelated()).containsExactly(saved.earlier);
      assertThat(article.getPartners()).containsExactly(funder);
      assertThat(article.getRevisionCount()).isEqualTo(1);

      Revision revision = em.find(Revision.class, saved.revision.getId());
      assertThat(revision.getArticle()).isEqualTo(article);
      assertThat(revision.getNumber()).isEqualTo(1);
      assertThat(revision.getBody()).isEqualTo(article.getBody());
      assertThat(revision.getNote()).isEqualTo("Première version relue");

      Section section = em.find(Section.class, saved.section.getId());
      assertThat(section.getChildren()).containsExactly(saved.subsection);
      assertThat(section.getPartners()).containsExactly(funder);
      assertThat(section.getHeroImage()).isEqualTo(photo);

      Event event = em.find(Event.class, saved.event.getId());
      assertThat(event.getTitle()).isEqualTo("Fête de quartier à Schaerbeek");
      assertThat(event.getStartsAt()).isEqualTo(MOMENT.plus(Duration.ofDays(7)));
      assertThat(event.getEndsAt()).isEqualTo(MOMENT.plus(Duration.ofDays(7).plusHours(5)));
      assertThat(event.getSection()).isEqualTo(section);
      assertThat(event.getImage()).isEqualTo(photo);
      assertThat(event.getPlace()).isEqualTo("Maison des Citoyens, Place Colignon");

      Account account = em.find(Account.class, saved.account.getId());
      assertThat(account.getUsername()).isEqualTo(saved.account.getUsername());
      assertThat(account.getDisplayName()).isEqualTo("Camille Lefèvre");
      assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.EDITOR, Role.AUTHOR);
      assertThat(account.getPasswordChangedAt()).isEqualTo(MOMENT);

      AuditEntry entry = em.find(AuditEntry.class, saved.auditEntry.getId());
      assertThat(entry.getAt()).isEqualTo(MOMENT);
      assertThat(entry.getDetail()).isEqualTo("Publié : « Égalité des chances »");

      SiteSettings settings = em.find(SiteSettings.class, SiteSettings.ID);
      assertThat(settings.getTagline()).isEqualTo("Au cœur des luttes, de Liège à Ostende");
      assertThat(settings.getLogo()).isEqualTo(photo);
      assertThat(settings.getDefaultPartners()).containsExactly(funder);

      Subscriber subscriber = em.find(Subscriber.class, saved.subscriber.getId());
      assertThat(subscriber.getEmail()).isEqualTo(saved.subscriber.getEmail());
      assertThat(subscriber.getName()).isEqualTo("Élodie Dupont");
      assertThat(subscriber.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
      assertThat(subscriber.getLanguage()).isEqualTo(Language.NL);
      assertThat(subscriber.getConfirmedAt()).isEqualTo(MOMENT.plusSeconds(60));
      assertThat(subscriber.getTopics()).containsExactly(section);

      ConsentEvent consent = em.find(ConsentEvent.class, saved.consent.getId());
      assertThat(consent.getSubscriber().getId()).isEqualTo(subscriber.getId());
      assertThat(consent.getEmailHash()).isEqualTo(Subscriber.hashEmail(subscriber.getEmail()));
      assertThat(consent.getType()).isEqualTo(ConsentEventType.CONFIRMED);
      assertThat(consent.getDetail()).isEqualTo("Thèmes choisis : Société");

      SuppressedAddress suppressed = em.find(SuppressedAddress.class, saved.suppressed.getId());
      assertThat(suppressed.getReason()).isEqualTo(SuppressionReason.COMPLAINED);
      assertThat(suppressed.getEmailHash()).isEqualTo(saved.suppressed.getEmailHash());

      NewsletterIssue issue = em.find(NewsletterIssue.class, saved.issue.getId());
      assertThat(issue.getSubject()).isEqualTo("Les nouvelles de mars : l’école, la fête");
      assertThat(issue.getItems())
          .as("the items in the order the editor put them")
          .extracting(NewsletterItem::getKind, NewsletterItem::getTitle)
          .containsExactly(
              tuple(NewsletterItemKind.EVENT, "Venez fêter !"),
              tuple(NewsletterItemKind.ARTICLE, "L’école"));
      assertThat(issue.getItems().get(0).getEvent()).isEqualTo(event);
      assertThat(issue.getItems().get(1).getArticle()).isEqualTo(article);

      Delivery delivery = em.find(Delivery.class, saved.delivery.getId());
      assertThat(delivery.getIssue()).isEqualTo(issue);
      assertThat(delivery.getSubscriber().getId()).isEqualTo(subscriber.getId());
      assertThat(delivery.getEmail()).isEqualTo(subscriber.getEmail());
      assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
    } finally {
      em.close();
    }

    // What other readers of the database see: the moment itself, and the language by its code.
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT published_at, language FROM article WHERE id = ?")) {
      select.setLong(1, saved.article.getId());
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(MOMENT);
        assertThat(row.getString(2)).isEqualTo("nl");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyNamedQueryRuns() {
    Newsroom saved = Newsroom.save();
    Map<String, Object> samples = new HashMap<>();
    samples.put("actor", "camille");
    samples.put("afterId", 0L);
    samples.put("ids", List.of(saved.article.getId()));
    samples.put("tagIds", List.of(saved.tag.getId()));
    samples.put("article", saved.article);
    samples.put("asset", saved.photo);
    samples.put("author", saved.journalist);
    samples.put("before", MOMENT);
    samples.put("checksum", saved.photo.getChecksum());
    samples.put("claimedBefore", MOMENT);
    samples.put("day", LocalDate.of(2025, 6, 1));
    samples.put("email", saved.subscriber.getEmail());
    samples.put("emailHash", Subscriber.hashEmail(saved.subscriber.getEmail()));
    samples.put("emailHashes", List.of(Subscriber.hashEmail(saved.subscriber.getEmail())));
    samples.put("emails", List.of(saved.subscriber.getEmail()));
    samples.put("from", MOMENT);
    samples.put("id", saved.delivery.getId());
    samples.put("issue", saved.issue);
    samples.put("language", Language.NL);
    samples.put("lastId", 0L);
    samples.put("name", saved.tag.getName());
    samples.put("now", MOMENT);
    samples.put("node", "node-a");
    samples.put("number", 1);
    samples.put("period", saved.issue.getPeriod());
    samples.put("parent", saved.section);
    samples.put("prefix", "a%");
    samples.put("publishedBefore", MOMENT);
    samples.put("reference", "%/media/" + saved.photo.getId() + "/%");
    samples.put("replacement", "effacé");
    samples.put("role", Role.EDITOR);
    samples.put("section", saved.section);
    samples.put("sections", List.of(saved.section.getId()));
    samples.put("since", MOMENT);
    samples.put("source", saved.tag);
    samples.put("slug", saved.article.getSlug());
    samples.put("storageName", saved.photo.getStorageName());
    samples.put("subscriber", saved.subscriber);
    samples.put("subscriberId", saved.subscriber.getId());
    samples.put("tag", saved.tag);
    samples.put("target", saved.tag);
    samples.put("targetId", "1");
    samples.put("targetType", "Article");
    samples.put("texts", List.of(saved.article.getTranslationGroup()));
    samples.put("tokenHash", "0".repeat(64));
    samples.put("translationGroup", saved.article.getTranslationGroup());
    samples.put("trashedBefore", MOMENT);
    samples.put("until", MOMENT.plus(Duration.ofDays(30)));
    samples.put("username", saved.account.getUsername());
    samples.put("width", 480);

    List<NamedQuery> queries =
        factory.getMetamodel().getEntities().stream()
            .flatMap(
                entity -> Stream.of(entity.getJavaType().getAnnotationsByType(NamedQuery.class)))
            .sorted(Comparator.comparing(NamedQuery::name))
            .toList();
    assertThat(queries).isNotEmpty();
    return queries.stream().map(query -> dynamicTest(query.name(), () -> run(query, samples)));
  }

  private static void run(NamedQuery declared, Map<String, Object> samples) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      Query query = em.createNamedQuery(declared.name());
      for (Parameter<?> parameter : query.getParameters()) {
        assertThat(samples)
            .as("a sample value for :%s of %s", parameter.getName(), declared.name())
            .containsKey(parameter.getName());
        query.setParameter(parameter.getName(), samples.get(parameter.getName()));
      }
      String statement = declared.query().strip().toUpperCase(Locale.ROOT);
      if (statement.startsWith("UPDATE") || statement.startsWith("DELETE")) {
        query.executeUpdate();
      } else {
        query.getResultList();
      }
    } finally {
      // Updates are only tried: the rows stay as they were for the other queries.
      em.getTransaction().rollback();
      em.close();
    }
  }

  @Test
  void aSecondArticleWithTheSameSlugIsRefused() {
    Newsroom saved = Newsroom.save();

    assertRefusedByConstraint(
        "uk_article_slug",
        em -> {
          Article copy =
              new Article(
                  "Un autre titre",
                  saved.article.getSlug(),
                  em.find(Section.class, saved.section.getId()));
          copy.markCreated("camille", MOMENT);
          em.persist(copy);
        });
  }

  @Test
  void theSameAddressCannotSubscribeTwiceWhateverItsCase() {
    Newsroom saved = Newsroom.save();
    String shouted = " " + saved.subscriber.getEmail().toUpperCase(Locale.ROOT) + " ";

    assertRefusedByConstraint(
        "uk_subscriber_email",
        em -> em.persist(new Subscriber(shouted, Language.FR, MOMENT.plusSeconds(600))));
  }

  @Test
  void anIssueCannotBeDeliveredTwiceToTheSameSubscriber() {
    Newsroom saved = Newsroom.save();

    assertRefusedByConstraint(
        "uk_delivery_recipient",
        em ->
            em.persist(
                new Delivery(
                    em.find(NewsletterIssue.class, saved.issue.getId()),
                    em.find(Subscriber.class, saved.subscriber.getId()),
                    MOMENT.plusSeconds(5))));
  }

  @Test
  void ofTwoEditorsSavingTheSameArticleTheSecondIsToldItChangedAndTheFirstEditIsKept() {
    Newsroom saved = Newsroom.save();
    EntityManager first = factory.createEntityManager();
    EntityManager second = factory.createEntityManager();
    try {
      Article mine = first.find(Article.class, saved.article.getId());
      Article theirs = second.find(Article.class, saved.article.getId());

      first.getTransaction().begin();
      mine.setTitle("Titre corrigé par Camille");
      first.getTransaction().commit();

      second.getTransaction().begin();
      theirs.setTitle("Titre corrigé par Zoé");
      assertThatThrownBy(() -> second.getTransaction().commit())
          .isInstanceOf(RollbackException.class)
          .hasCauseInstanceOf(OptimisticLockException.class);
    } finally {
      first.close();
      second.close();
    }

    EntityManager em = freshEntityManager();
    try {
      assertThat(em.find(Article.class, saved.article.getId()).getTitle())
          .isEqualTo("Titre corrigé par Camille");
    } finally {
      em.close();
    }
  }

  @Test
  void theSiteSettingsRowExistsFromTheStartAndASecondIsRefused() {
    EntityManager em = freshEntityManager();
    try {
      SiteSettings settings = em.find(SiteSettings.class, SiteSettings.ID);
      assertThat(settings).isNotNull();
      assertThat(settings.getSiteName()).isEqualTo("Tribune");
      assertThat(settings.getConsentTextVersion()).isEqualTo("1");
    } finally {
      em.close();
    }

    assertRefusedByConstraint(
        "ck_site_settings_single_row",
        em2 ->
            em2.createNativeQuery(
                    "INSERT INTO site_settings (id, site_name, consent_text_version)"
                        + " VALUES (2, 'Tribune bis', '1')")
                .executeUpdate());
  }

  @Test
  void erasingASubscriberKeepsTheirConsentRecordNoLongerLinkedToThem() {
    Newsroom saved = Newsroom.save();
    String email = saved.subscriber.getEmail();

    write(
        em -> {
          Subscriber subscriber = em.find(Subscriber.class, saved.subscriber.getId());
          em.createNamedQuery(Delivery.ERASE_EMAIL)
              .setParameter("subscriber", subscriber)
              .setParameter("replacement", "effacé")
              .executeUpdate();
          em.persist(
              ConsentEvent.forAddress(
                  email,
                  ConsentEventType.ERASED,
                  ConsentSource.ADMIN,
                  null,
                  null,
                  MOMENT.plusSeconds(120)));
          em.remove(subscriber);
        });

    EntityManager em = freshEntityManager();
    try {
      assertThat(em.find(Subscriber.class, saved.subscriber.getId())).isNull();
      List<ConsentEvent> record =
          em.createNamedQuery(ConsentEvent.FIND_BY_EMAIL_HASH, ConsentEvent.class)
              .setParameter("emailHash", Subscriber.hashEmail(email))
              .getResultList();
      assertThat(record)
          .extracting(ConsentEvent::getType)
          .containsExactly(ConsentEventType.CONFIRMED, ConsentEventType.ERASED);
      assertThat(record).allSatisfy(event -> assertThat(event.getSubscriber()).isNull());
      Delivery delivery = em.find(Delivery.class, saved.delivery.getId());
      assertThat(delivery.getSubscriber()).isNull();
      assertThat(delivery.getEmail()).isEqualTo("effacé");
    } finally {
      em.close();
    }
  }

  @Test
  void aPendingDeliveryIsClaimedExactlyOnce() {
    Newsroom saved = Newsroom.save();
    // Another node that read the delivery before the claim and would send it too.
    EntityManager otherNode = factory.createEntityManager();
    try {
      Delivery seenByOtherNode = otherNode.find(Delivery.class, saved.delivery.getId());

      assertThat(claim(saved.delivery, MOMENT)).as("the first claim").isEqualTo(1);
      assertThat(claim(saved.delivery, MOMENT.plusSeconds(1))).as("a second claim").isZero();

      otherNode.getTransaction().begin();
      seenByOtherNode.claim(MOMENT.plusSeconds(2));
      assertThatThrownBy(() -> otherNode.getTransaction().commit())
          .isInstanceOf(RollbackException.class)
          .hasCauseInstanceOf(OptimisticLockException.class);
    } finally {
      otherNode.close();
    }

    EntityManager em = freshEntityManager();
    try {
      Delivery delivery = em.find(Delivery.class, saved.delivery.getId());
      assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.SENDING);
      assertThat(delivery.getAttempts()).isEqualTo(1);
      assertThat(delivery.getClaimedAt()).isEqualTo(MOMENT);
    } finally {
      em.close();
    }
  }

  private static int claim(Delivery delivery, Instant now) {
    int[] claimed = new int[1];
    write(
        em ->
            claimed[0] =
                em.createNamedQuery(Delivery.CLAIM)
                    .setParameter("id", delivery.getId())
                    .setParameter("now", now)
                    .executeUpdate());
    return claimed[0];
  }

  // ----- helpers

  /**
   * One of every entity, linked the way the site links them, saved in one transaction. Each has its
   * own slugs, addresses and issue number, so tests do not trip over each other's rows.
   */
  private static final class Newsroom {

    final int serial = SERIAL.incrementAndGet();
    MediaAsset photo;
    MediaVariant thumbnail;
    Partner funder;
    Section section;
    Section subsection;
    Tag tag;
    Author journalist;
    Author organisation;
    Article earlier;
    Article article;
    Revision revision;
    Event event;
    Account account;
    AuditEntry auditEntry;
    Subscriber subscriber;
    ConsentEvent consent;
    SuppressedAddress suppressed;
    NewsletterIssue issue;
    Delivery delivery;

    static Newsroom save() {
      Newsroom newsroom = new Newsroom();
      write(newsroom::persist);
      return newsroom;
    }

    private String unique(String slug) {
      return slug + "-" + serial;
    }

    private void persist(EntityManager em) {
      photo =
          new MediaAsset(
              "Été à Liège.JPG", "image/jpeg", PHOTO.length, sha256(PHOTO), "camille", MOMENT);
      photo.setDimensions(4000, 3000);
      photo.setAltText("Des élèves devant l’hôtel de ville");
      em.persist(photo);
      em.persist(new MediaContent(photo, PHOTO));
      thumbnail = new MediaVariant(photo, 400, 300, "image/webp", randomBytes(20_000));
      em.persist(thumbnail);

      funder = new Partner("Fédération Wallonie-Bruxelles");
      funder.setActiveFrom(LocalDate.of(2024, 1, 1));
      funder.setActiveUntil(LocalDate.of(2026, 12, 31));
      funder.setLogo(photo);
      em.persist(funder);

      section = new Section("Société", unique("societe"));
      section.setLocalizedName(Language.NL, "Samenleving");
      section.setLocalizedName(Language.EN, "Society");
      section.setPartners(List.of(funder));
      section.setHeroImage(photo);
      em.persist(section);
      subsection = new Section("Enseignement", unique("enseignement"));
      subsection.setParent(section);
      em.persist(subsection);

      tag = new Tag("Égalité " + serial, unique("egalite"));
      em.persist(tag);
      journalist = new Author("Zoé Vandenbroucke", unique("zoe"), AuthorKind.PERSON);
      em.persist(journalist);
      organisation =
          new Author("Collectif Écoles ouvertes", unique("collectif"), AuthorKind.ORGANISATION);
      em.persist(organisation);

      earlier = new Article("Rentrée scolaire", unique("rentree"), section);
      earlier.markCreated("camille", MOMENT.minus(Duration.ofDays(30)));
      em.persist(earlier);

      article =
          new Article("Égalité des chances : où en est l’école ?", unique("ecole"), subsection);
      article.setType(ArticleType.ANALYSIS);
      article.setLanguage(Language.NL);
      article.setLead("Chapô : « Trop d’élèves décrochent », constate l’enquête menée à Namur.");
      article.setBody(LONG_BODY);
      article.setTags(List.of(tag));
      article.setAuthors(List.of(organisation, journalist));
      article.setAttachments(List.of(photo));
      article.setFeaturedImage(photo);
      article.setRelated(List.of(earlier));
      article.setPartners(List.of(funder));
      article.markCreated("zoe", MOMENT.minusSeconds(3600));
      article.markUpdated("camille", MOMENT);
      article.publish(MOMENT);
      article.setUnpublishAt(MOMENT.plus(Duration.ofDays(90)));
      em.persist(article);
      revision = Revision.of(article, "camille", MOMENT, "Première version relue");
      em.persist(revision);

      event =
          new Event(
              "Fête de quartier à Schaerbeek",
              unique("fete"),
              MOMENT.plus(Duration.ofDays(7)),
              MOMENT.plus(Duration.ofDays(7).plusHours(5)));
      event.setPlace("Maison des Citoyens, Place Colignon");
      event.setDescription("<p>Musique, crêpes et ateliers pour les enfants.</p>");
      event.setSection(section);
      event.setImage(photo);
      event.markCreated(MOMENT);
      em.persist(event);

      account = new Account(" Camille." + serial + " ", "Camille Lefèvre", MOMENT);
      account.changePassword("pbkdf2$310000$c2Fs$aGFzaA", MOMENT, false);
      account.setRoles(List.of(Role.EDITOR, Role.AUTHOR));
      em.persist(account);
      auditEntry =
          new AuditEntry(
              MOMENT,
              account.getUsername(),
              "article.publish",
              "Article",
              "1",
              "Publié : « Égalité des chances »",
              "192.0.2.7");
      em.persist(auditEntry);

      subscriber = new Subscriber(" Elodie.Dupont+" + serial + "@Example.BE ", Language.NL, MOMENT);
      subscriber.setName("Élodie Dupont");
      subscriber.setTopics(List.of(section));
      subscriber.requestConfirmation("a".repeat(64), MOMENT.plus(Duration.ofDays(2)), MOMENT);
      subscriber.confirm(MOMENT.plusSeconds(60));
      em.persist(subscriber);
      consent =
          ConsentEvent.of(
              subscriber,
              ConsentEventType.CONFIRMED,
              ConsentSource.FORM,
              "1",
              "Thèmes choisis : Société",
              MOMENT.plusSeconds(60));
      em.persist(consent);
      suppressed =
          SuppressedAddress.of(
              "plainte+" + serial + "@example.be", SuppressionReason.COMPLAINED, MOMENT);
      em.persist(suppressed);

      issue = new NewsletterIssue(serial, YearMonth.of(2000, 1).plusMonths(serial), MOMENT);
      issue.setSubject("Les nouvelles de mars : l’école, la fête");
      issue.addItem(NewsletterItem.forArticle(article, "Société", "L’école", "À lire."));
      NewsletterItem party = NewsletterItem.forEvent(event, null, "Venez fêter !", "Samedi.");
      issue.addItem(party);
      issue.moveItem(party, 0);
      em.persist(issue);
      delivery = new Delivery(issue, subscriber, MOMENT);
      em.persist(delivery);
    }
  }

  private static void write(Consumer<EntityManager> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** An entity manager that reads from the database, not from what earlier ones cached. */
  private static EntityManager freshEntityManager() {
    factory.getCache().evictAll();
    return factory.createEntityManager();
  }

  private static void assertRefusedByConstraint(String constraint, Consumer<EntityManager> work) {
    assertThatThrownBy(() -> write(work))
        .isInstanceOf(PersistenceException.class)
        .satisfies(
            refusal ->
                assertThat(databaseMessage(refusal))
                    .as("the database's reason")
                    .containsIgnoringCase(constraint));
  }

  private static String databaseMessage(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return cause.getMessage();
      }
    }
    return "no SQLException in " + thrown;
  }

  private static Set<Class<?>> entityClassesOfTheApplication()
      throws IOException, URISyntaxException {
    Path classes =
        Path.of(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(file -> classes.relativize(file).toString())
          .filter(name -> name.endsWith(".class"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .map(name -> name.replace(File.separatorChar, '.'))
          .map(PersistenceModelIT::load)
          .filter(type -> type.isAnnotationPresent(Entity.class))
          .collect(toSet());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PersistenceModelIT.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("A compiled class that cannot be loaded: " + name, e);
    }
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static String longBody(int minimumLength) {
    StringBuilder html = new StringBuilder();
    for (int paragraph = 1; html.length() <= minimumLength; paragraph++) {
      html.append("<p>Les élèves de l’école n°")
          .append(paragraph)
          .append(" à Molenbeek ont rédigé « leurs idées » : çà et là, où l’œuvre naît,")
          .append(" <strong>déjà</strong> réussie.</p>");
    }
    return html.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }
}
