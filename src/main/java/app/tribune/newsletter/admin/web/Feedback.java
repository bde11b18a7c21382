package app.tribune.newsletter.admin.web;

import app.tribune.platform.i18n.Messages;
import app.tribune.platform.rules.RuleViolationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Outcome messages of the subscriber screens: growl for what happened, beside a field for errors.
 */
final class Feedback {

  private Feedback() {}

  static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** An error beside one field (its client id) and in the growl. */
  static void fieldError(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    FacesContext.getCurrentInstance().validationFailed();
  }

  static void refused(RuleViolationException refusal) {
    error(refusal.messageKey(), refusal.arguments().toArray());
  }

  // An empty detail, not null: a message without detail repeats its summary as detail.
  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        clientId, new FacesMessage(severity, Messages.get(context, key, arguments), ""));
  }
}
