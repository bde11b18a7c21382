package app.tribune.newsletter.sending.web;

import app.tribune.newsletter.IssueStatus;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.composing.NewsletterComposer;
import app.tribune.newsletter.sending.NewsletterSending;
import app.tribune.newsletter.sending.NewsletterSending.Progress;
import app.tribune.platform.i18n.Messages;
import app.tribune.platform.rules.RuleViolationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * {@code admin/newsletters/index.xhtml}: the issues, "ready" for a draft, "send now" or "back to
 * draft" for a ready one, the progress of a send, polled while one goes on, and once a send stopped
 * or ended, "send to the uncertain ones too" when an interrupted run left some.
 */
@Named
@ViewScoped
public class NewsletterListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient NewsletterSending sending;
  @Inject private transient NewsletterComposer composer;

  private List<NewsletterIssue> issues;
  private final Map<Long, Progress> progress = new HashMap<>();
  private final Map<Long, Integer> recipients = new HashMap<>();
  private final Set<Long> underWay = new HashSet<>();
  private final Map<Long, Integer> uncertain = new HashMap<>();

  /** Reads the issues again, with the progress of those being sent. */
  public void refresh() {
    issues = sending.issues();
    progress.clear();
    recipients.clear();
    underWay.clear();
    uncertain.clear();
    for (NewsletterIssue issue : issues) {
      if (issue.getStatus() == IssueStatus.SENDING) {
        progress.put(issue.getId(), sending.progress(issue.getId()));
        if (sending.isUnderWay(issue)) {
          underWay.add(issue.getId());
        } else {
          uncertain.put(issue.getId(), sending.uncertain(issue));
        }
      } else if (issue.getStatus() == IssueStatus.READY) {
        recipients.put(issue.getId(), sending.countRecipients(issue.getId()));
      } else if (issue.getStatus() == IssueStatus.SENT) {
        uncertain.put(issue.getId(), sending.uncertain(issue));
      }
    }
  }

  public void markReady(NewsletterIssue issue) {
    act(() -> sending.markReady(issue.getId()), "newsletters.markedReady", issue);
  }

  public void send(NewsletterIssue issue) {
    act(
        () -> {
          if (!sending.start(issue.getId())) {
            throw new RuleViolationException("newsletters.alreadyStarted", "Already started");
          }
        },
        "newsletters.started",
        issue);
  }

  public void resume(NewsletterIssue issue) {
    act(() -> sending.resume(issue.getId()), "newsletters.resumed", issue);
  }

  public void resendUncertain(NewsletterIssue issue) {
    act(() -> sending.resendUncertain(issue.getId()), "newsletters.resendingUncertain", issue);
  }

  public void backToDraft(NewsletterIssue issue) {
    act(() -> composer.backToDraft(issue.getId()), "newsletters.wentBackToDraft", issue);
  }

  private void act(Runnable action, String doneKey, NewsletterIssue issue) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      action.run();
      message(context, FacesMessage.SEVERITY_INFO, doneKey, issue.getNumber());
    } catch (RuleViolationException refused) {
      try {
        message(
            context,
            FacesMessage.SEVERITY_ERROR,
            refused.messageKey(),
            refused.arguments().toArray());
      } catch (MissingResourceException noText) {
        message(context, FacesMessage.SEVERITY_ERROR, "newsletters.refused");
      }
    }
    refresh();
  }

  private static void message(
      FacesContext context, FacesMessage.Severity severity, String key, Object... arguments) {
    context.addMessage(
        null, new FacesMessage(severity, Messages.get(context, key, arguments), null));
  }

  public List<NewsletterIssue> getIssues() {
    if (issues == null) {
      refresh();
    }
    return issues;
  }

  public boolean isAnySending() {
    return !progress.isEmpty();
  }

  public Progress progress(NewsletterIssue issue) {
    return progress.get(issue.getId());
  }

  /** The question before sending a ready issue, with the number of people it would go to now. */
  public String confirmSend(NewsletterIssue issue) {
    return Messages.get(
        FacesContext.getCurrentInstance(),
        "newsletters.confirmSend",
        recipients.getOrDefault(issue.getId(), 0));
  }

  /**
   * Deliveries left uncertain by an interrupted run: counted afresh once no run of the issue is
   * under way, as the run under way reported them while one is.
   */
  public int uncertain(NewsletterIssue issue) {
    return uncertain.getOrDefault(issue.getId(), issue.getUncertainCount());
  }

  /** Whether "send to the uncertain ones too" is offered: some are, and no run is under way. */
  public boolean resendable(NewsletterIssue issue) {
    return uncertain.getOrDefault(issue.getId(), 0) > 0;
  }

  /** "Send to the N uncertain recipients too". */
  public String resendUncertainLabel(NewsletterIssue issue) {
    return Messages.get(
        FacesContext.getCurrentInstance(), "newsletters.resendUncertain", uncertain(issue));
  }

  /** The warning before sending to the uncertain ones: some may get a second copy. */
  public String confirmResendUncertain(NewsletterIssue issue) {
    return Messages.get(
        FacesContext.getCurrentInstance(),
        "newsletters.confirmResendUncertain",
        issue.getNumber(),
        uncertain(issue));
  }

  /** Whether the send goes on somewhere; "resume" is offered once it stopped or its node died. */
  public boolean underWay(NewsletterIssue issue) {
    return underWay.contains(issue.getId());
  }
}
