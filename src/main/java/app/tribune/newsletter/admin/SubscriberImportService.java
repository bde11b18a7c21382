package app.tribune.newsletter.admin;

import app.tribune.audit.AuditLog;
import app.tribune.newsletter.ConsentEvent;
import app.tribune.newsletter.ConsentEventType;
import app.tribune.newsletter.ConsentSource;
import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriptionService;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.section.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports subscribers from a CSV file: rows checked as the public form checks them, duplicates in
 * the file and addresses already known left out, suppressed addresses never added back, and every
 * row not imported reported with its line. The rows imported are written in one transaction, in
 * chunks flushed and cleared as they go: either the whole import is in, or none of it.
 */
@ApplicationScoped
@Transactional
@Allowed({Roles.EDITOR, Roles.ADMIN})
public class SubscriberImportService {

  /** Rows per flush, and addresses per lookup of known or suppressed ones. */
  static final int CHUNK = 500;

  /** The longest note an editor may give about where consent was collected. */
  public static final int MAX_NOTE = 300;

  /**
   * How an import was asked for.
   *
   * @param header whether the first row names the columns
   * @param collectedOn for {@link ConsentBasis#COLLECTED_ELSEWHERE}, when consent was given
   * @param note for the same, where and how (a form, an event)
   */
  public record Request(
      String fileName,
      boolean header,
      ImportColumns columns,
      Language defaultLanguage,
      ConsentBasis basis,
      LocalDate collectedOn,
      String note) {}

  @PersistenceContext private EntityManager em;
  @Inject private SubscriberAdminService admin;
  @Inject private SubscriptionService subscriptions;
  @Inject private AuditLog audit;
  @Inject private Event<OptInsRequested> optIns;

  @Inject
  @ConfigProperty(name = "tribune.newsletter.import.max-bytes", defaultValue = "5242880")
  long maxBytes;

  private final Clock clock = Clock.systemUTC();

  /** The largest file accepted, in bytes. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long maxBytes() {
    return maxBytes;
  }

  /** Section ids by every name a file may give them: slug and names, lower-case. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Long> topicNames() {
    Map<String, Long> names = new HashMap<>();
    for (Section section : subscriptions.topics()) {
      names.put(section.getSlug().toLowerCase(Locale.ROOT), section.getId());
      for (Language language : Language.values()) {
        names.put(section.getName(language).toLowerCase(Locale.ROOT), section.getId());
      }
    }
    return names;
  }

  /**
   * Imports the data rows of {@code file}.
   *
   * @throws app.tribune.platform.rules.RuleViolationException when the request misses what its
   *     consent basis needs, or maps no address column
   */
  public ImportReport run(ImportFile file, Request request) {
    requireComplete(request);
    ImportRules.Checked checked =
        new ImportRules(request.columns(), request.defaultLanguage(), topicNames())
            .check(file.dataRows(request.header()));
    List<ImportProblem> problems = new ArrayList<>(checked.problems());
    List<ImportCandidate> accepted = new ArrayList<>();
    for (int start = 0; start < checked.candidates().size(); start += CHUNK) {
      List<ImportCandidate> chunk =
          checked.candidates().subList(start, Math.min(start + CHUNK, checked.candidates().size()));
      Set<String> known = admin.known(chunk.stream().map(ImportCandidate::email).toList());
      Map<String, ImportCandidate> byHash = new HashMap<>();
      chunk.forEach(c -> byHash.put(Subscriber.hashEmail(c.email()), c));
      Set<String> suppressed = new HashSet<>();
      admin.suppressed(byHash.keySet()).forEach(hash -> suppressed.add(byHash.get(hash).email()));
      for (ImportCandidate candidate : chunk) {
        if (suppressed.contains(candidate.email())) {
          problems.add(
              ImportProblem.of(
                  candidate.line(), candidate.email(), "subscriberImport.problem.suppressed"));
        } else if (known.contains(candidate.email())) {
          problems.add(
              ImportProblem.of(
                  candidate.line(), candidate.email(), "subscriberImport.problem.known"));
        } else {
          accepted.add(candidate);
        }
      }
    }
    List<Long> pending = write(accepted, request);
    if (!pending.isEmpty()) {
      optIns.fire(new OptInsRequested(pending));
    }
    problems.sort(Comparator.comparingInt(ImportProblem::line));
    audit.record(
        "subscriber.import",
        null,
        null,
        request.fileName()
            + ": "
            + accepted.size()
            + " imported, "
            + problems.size()
            + " not, basis "
            + request.basis());
    return new ImportReport(accepted.size(), pending.size(), problems);
  }

  /** Persists the subscribers and their consent records; the ids of those awaiting an opt-in. */
  private List<Long> write(List<ImportCandidate> accepted, Request request) {
    Instant now = clock.instant();
    String detail = detail(request);
    boolean confirmed = request.basis() == ConsentBasis.COLLECTED_ELSEWHERE;
    List<Long> pending = new ArrayList<>();
    int inChunk = 0;
    for (ImportCandidate candidate : accepted) {
      Subscriber subscriber = new Subscriber(candidate.email(), candidate.language(), now);
      subscriber.setName(candidate.name());
      subscriber.setTopics(
          candidate.topicIds().stream().map(id -> em.getReference(Section.class, id)).toList());
      if (confirmed) {
        subscriber.confirm(now);
      }
      em.persist(subscriber);
      em.persist(
          ConsentEvent.of(
              subscriber,
              confirmed ? ConsentEventType.CONFIRMED : ConsentEventType.REQUESTED,
              ConsentSource.IMPORT,
              confirmed ? null : SubscriptionService.CONSENT_TEXT_VERSION,
              detail + "; line=" + candidate.line(),
              now));
      if (!confirmed) {
        pending.add(subscriber.getId());
      }
      if (++inChunk == CHUNK) {
        em.flush();
        em.clear();
        inChunk = 0;
      }
    }
    em.flush();
    return pending;
  }

  private static String detail(Request request) {
    return request.basis() == ConsentBasis.COLLECTED_ELSEWHERE
        ? "basis=collected elsewhere; on="
            + request.collectedOn()
            + "; note="
            + request.note().strip()
            + "; file="
            + request.fileName()
        : "basis=opt-in mail; file=" + request.fileName();
  }

  private void requireComplete(Request request) {
    if (!request.columns().hasEmail()) {
      throw new RuleViolationException(
          "subscriberImport.error.noEmailColumn", "No column holds the addresses");
    }
    if (request.basis() == null) {
      throw new RuleViolationException("subscriberImport.error.basis", "No consent basis chosen");
    }
    if (request.basis() == ConsentBasis.COLLECTED_ELSEWHERE
        && (request.collectedOn() == null
            || request.note() == null
            || request.note().isBlank()
            || request.note().length() > MAX_NOTE
            || request.collectedOn().isAfter(LocalDate.now(clock)))) {
      throw new RuleViolationException(
          "subscriberImport.error.collectedElsewhere",
          "Consent collected elsewhere needs a date and a note");
    }
  }
}
