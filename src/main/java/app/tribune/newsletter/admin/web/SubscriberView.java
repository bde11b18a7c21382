package app.tribune.newsletter.admin.web;

import app.tribune.newsletter.SubscriberStatus;
import app.tribune.newsletter.admin.SubscriberAdminService;
import app.tribune.newsletter.admin.SubscriberRecord;
import app.tribune.platform.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /admin/subscribers/view.xhtml?id=}: one subscriber's data, the history of their consent
 * and what they were sent; unsubscribe, erase, or send the opt-in again.
 */
@Named
@ViewScoped
public class SubscriberView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private SubscriberAdminService subscribers;

  private Long id;
  private SubscriberRecord record;
  private boolean erased;

  /** Reads the subscriber of {@code id}; an unknown one answers 404. */
  public void load() throws IOException {
    if (erased) {
      return;
    }
    record = id == null ? null : subscribers.find(id).orElse(null);
    if (record == null) {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().responseSendError(404, "");
      context.responseComplete();
    }
  }

  public void unsubscribe() throws IOException {
    subscribers.unsubscribe(id);
    Feedback.info("adminSubscribers.unsubscribed", record.subscriber().email());
    load();
  }

  /** Erases the subscriber; the page then says so, with nothing personal left to show. */
  public void erase() {
    subscribers.erase(id);
    Feedback.info("adminSubscribers.erased");
    erased = true;
    record = null;
  }

  public void resendConfirmation() throws IOException {
    if (subscribers.resendConfirmation(id)) {
      Feedback.info("adminSubscribers.resent", record.subscriber().email());
    } else {
      Feedback.error("adminSubscribers.notPending");
    }
    load();
  }

  public boolean isPending() {
    return record != null && record.subscriber().status() == SubscriberStatus.PENDING;
  }

  public boolean isMayUnsubscribe() {
    return isPending()
        || record != null && record.subscriber().status() == SubscriberStatus.CONFIRMED;
  }

  /** The subscriber's topics, by name, or {@code null} when they chose none (all). */
  public String getTopics() {
    return record == null || record.topics().isEmpty() ? null : String.join(", ", record.topics());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public SubscriberRecord getRecord() {
    return record;
  }

  public boolean isErased() {
    return erased;
  }
}
