package app.tribune.newsletter.sending;

import app.tribune.newsletter.ConsentEvent;
import app.tribune.newsletter.ConsentEventType;
import app.tribune.newsletter.ConsentSource;
import app.tribune.newsletter.Delivery;
import app.tribune.newsletter.DeliveryStatus;
import app.tribune.newsletter.IssueStatus;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.Subscriber;
import app.tribune.platform.i18n.Language;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The statements of a send around its deliveries, each committed on its own before the caller goes
 * on, whatever happens to the chunk around them: taking and closing the issue, writing its delivery
 * rows, bouncing a refused recipient. Plain SQL where one statement does the work (bulk inserts);
 * JPA where the entities' rules apply. The statements made for every delivery are {@link
 * DeliveryClaims}.
 *
 * <p>Dependent, so each sender has its own: Payara's transactional interceptor keeps what it
 * restores after a call in a field of its instance, and an instance shared by the partitions'
 * threads can hand one of them a state in which the batch runtime may no longer begin its chunk
 * transaction ("Operation not allowed").
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SendingLedger {

  /** Someone who gets the report of a send, in the language of their back office. */
  public record Editor(String email, Language language) {}

  /**
   * An issue's deliveries not settled yet.
   *
   * @param claimed left "sending": claimed by a run, their mail may or may not have left
   * @param pending not tried yet, or given back after temporary failures
   */
  public record Unsettled(int claimed, int pending) {

    /**
     * How many recipients an operator's "send to the uncertain ones" would reach, once no run is
     * under way: the claimed ones of an issue still being sent (a resume takes care of the pending
     * ones), and on a sent issue the pending ones too, which only a follow-up that stopped short
     * leaves, owed to the same recipients. None for an issue whose send never started.
     */
    public int uncertain(IssueStatus status) {
      return switch (status) {
        case SENDING -> claimed;
        case SENT -> claimed + pending;
        default -> 0;
      };
    }
  }

  /**
   * Who receives issue {@code ?}: confirmed subscribers whose language is the issue's (any, when
   * the issue has none) and who chose no topic, or a topic that is the section of one of the
   * issue's articles (every subscriber, when the issue has no article).
   */
  private static final String RECIPIENTS =
      " FROM newsletter_issue i JOIN subscriber s ON s.status = 'CONFIRMED'"
          + " WHERE i.id = ? AND (i.language IS NULL OR s.language = i.language)"
          + " AND (NOT EXISTS (SELECT 1 FROM subscriber_topic t WHERE t.subscriber_id = s.id)"
          + " OR NOT EXISTS (SELECT 1 FROM newsletter_item n"
          + "   JOIN article a ON a.id = n.article_id WHERE n.issue_id = i.id)"
          + " OR EXISTS (SELECT 1 FROM newsletter_item n"
          + "   JOIN article a ON a.id = n.article_id"
          + "   JOIN subscriber_topic t ON t.section_id = a.section_id"
          + "   WHERE n.issue_id = i.id AND t.subscriber_id = s.id))";

  @Resource(lookup = "jdbc/tribune")
  private DataSource dataSource;

  @PersistenceContext private EntityManager em;

  /**
   * Moves a ready issue to sending. One statement, conditional on the status, so of two editors
   * pressing "send" at once exactly one wins.
   *
   * @return whether this caller won
   */
  public boolean takeIssue(long issueId, Instant now) throws SQLException {
    return update(
            "UPDATE newsletter_issue SET status = 'SENDING', send_started_at = ?, send_at = NULL,"
                + " send_error = NULL, uncertain_count = 0, version = version + 1"
                + " WHERE id = ? AND status = 'READY'",
            Timestamp.from(now),
            issueId)
        == 1;
  }

  /** Gives an issue back to "ready" when its job could not even be started. */
  public void releaseIssue(long issueId, String error) throws SQLException {
    update(
        "UPDATE newsletter_issue SET status = 'READY', send_started_at = NULL, send_error = ?,"
            + " version = version + 1 WHERE id = ? AND status = 'SENDING'",
        truncate(error),
        issueId);
  }

  public void recordExecution(long issueId, long executionId) throws SQLException {
    update(
        "UPDATE newsletter_issue SET job_execution_id = ?, send_error = NULL,"
            + " version = version + 1 WHERE id = ?",
        executionId,
        issueId);
  }

  /** Why the send stopped short, for the back office and the job's exit status. */
  public void recordError(long issueId, String error) throws SQLException {
    update(
        "UPDATE newsletter_issue SET send_error = ?, version = version + 1 WHERE id = ?",
        truncate(error),
        issueId);
  }

  /**
   * Inserts a pending delivery for each {@link #RECIPIENTS recipient} of the issue who has none
   * yet, in one statement, and records the number of recipients. Only while the issue is being
   * sent: a run on a sent issue (an operator's follow-up for its uncertain deliveries) must not
   * send it to anyone who subscribed since.
   *
   * @return the number of deliveries the issue has
   */
  public int materialise(long issueId, Instant now) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String nextId =
          connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
              ? "nextval('delivery_seq')"
              : "NEXT VALUE FOR delivery_seq";
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO delivery (id, version, issue_id, subscriber_id, email, status,"
                  + " attempts, created_at) SELECT "
                  + nextId
                  + ", 0, i.id, s.id, s.email, 'PENDING', 0, ?"
                  + RECIPIENTS
                  + " AND i.status = 'SENDING'"
                  + " AND NOT EXISTS (SELECT 1 FROM delivery d"
                  + "   WHERE d.issue_id = i.id AND d.subscriber_id = s.id)")) {
        insert.setTimestamp(1, Timestamp.from(now));
        insert.setLong(2, issueId);
        insert.executeUpdate();
      }
    }
    int recipients = count("SELECT COUNT(*) FROM delivery WHERE issue_id = ?", issueId);
    update(
        "UPDATE newsletter_issue SET recipient_count = ?, version = version + 1 WHERE id = ?",
        recipients,
        issueId);
    return recipients;
  }

  /** How many subscribers would receive the issue if it were sent now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int countRecipients(long issueId) throws SQLException {
    return count("SELECT COUNT(*)" + RECIPIENTS, issueId);
  }

  /**
   * Deals with the deliveries an earlier run left claimed: a crash came between their claim and
   * their outcome, so whether their mail left is unknown. They stay claimed, counted on the issue
   * as uncertain, unless {@code resend} (an operator's choice) puts them back in the queue.
   *
   * @return how many were found
   */
  public int settleUncertain(long issueId, boolean resend) throws SQLException {
    int uncertain =
        count("SELECT COUNT(*) FROM delivery WHERE issue_id = ? AND status = 'SENDING'", issueId);
    if (resend && uncertain > 0) {
      update(
          "UPDATE delivery SET status = 'PENDING', version = version + 1"
              + " WHERE issue_id = ? AND status = 'SENDING'",
          issueId);
    }
    update(
        "UPDATE newsletter_issue SET uncertain_count = ?, version = version + 1 WHERE id = ?",
        resend ? 0 : uncertain,
        issueId);
    return uncertain;
  }

  /**
   * The server refused the recipient for good (5xx): the delivery failed, and the subscriber is
   * bounced, with a consent record saying why, so no later issue tries again.
   */
  public void refuse(long deliveryId, long subscriberId, String error, Instant now)
      throws SQLException {
    update(
        "UPDATE delivery SET status = 'FAILED', last_error = ?, version = version + 1"
            + " WHERE id = ? AND status = 'SENDING'",
        truncate(error),
        deliveryId);
    Subscriber subscriber = em.find(Subscriber.class, subscriberId);
    if (subscriber != null) {
      subscriber.markBounced(now);
      em.persist(
          ConsentEvent.of(
              subscriber, ConsentEventType.BOUNCED, ConsentSource.SYSTEM, null, error, now));
    }
  }

  /** The enabled editors and administrators who have an address. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Editor> editors() throws SQLException {
    List<Editor> editors = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT a.email, a.language FROM account a WHERE a.enabled = TRUE"
                    + " AND a.email IS NOT NULL AND EXISTS (SELECT 1 FROM account_role r"
                    + "   WHERE r.account_id = a.id AND r.role IN ('EDITOR', 'ADMIN'))"
                    + " ORDER BY a.id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        editors.add(new Editor(rows.getString(1), Language.fromCode(rows.getString(2))));
      }
    }
    return editors;
  }

  /** The issue's deliveries left claimed or pending, read from the (issue, status) index. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Unsettled unsettled(long issueId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT COALESCE(SUM(CASE WHEN status = 'SENDING' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END), 0)"
                    + " FROM delivery WHERE issue_id = ? AND status IN ('SENDING', 'PENDING')")) {
      select.setLong(1, issueId);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return new Unsettled(result.getInt(1), result.getInt(2));
      }
    }
  }

  /** The issue's deliveries by status, every status present. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<DeliveryStatus, Integer> counts(long issueId) {
    Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
    for (DeliveryStatus status : DeliveryStatus.values()) {
      counts.put(status, 0);
    }
    NewsletterIssue issue = em.getReference(NewsletterIssue.class, issueId);
    for (Object[] row :
        em.createNamedQuery(Delivery.COUNT_BY_STATUS, Object[].class)
            .setParameter("issue", issue)
            .getResultList()) {
      counts.put((DeliveryStatus) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }

  /**
   * Closes the issue: sent, with its counts. Left as it is while deliveries are still pending. An
   * issue sent already (a follow-up for its uncertain deliveries) only has its counts brought up to
   * date.
   *
   * @return the issue, whatever its status
   */
  public NewsletterIssue close(long issueId, Map<DeliveryStatus, Integer> counts, Instant now) {
    NewsletterIssue issue = em.find(NewsletterIssue.class, issueId);
    issue.updateCounts(
        counts.get(DeliveryStatus.SENT) + counts.get(DeliveryStatus.BOUNCED),
        counts.get(DeliveryStatus.FAILED),
        counts.get(DeliveryStatus.BOUNCED));
    if (counts.get(DeliveryStatus.PENDING) == 0 && issue.getStatus() == IssueStatus.SENDING) {
      issue.markSent(now);
    }
    return issue;
  }

  private int update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  private int count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  static String truncate(String error) {
    return error == null || error.length() <= Delivery.MAX_ERROR_LENGTH
        ? error
        : error.substring(0, Delivery.MAX_ERROR_LENGTH);
  }
}
