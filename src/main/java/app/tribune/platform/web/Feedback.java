package app.tribune.platform.web;

import app.tribune.platform.i18n.Messages;
import app.tribune.platform.rules.RuleViolationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/** Outcome messages of the admin screens: growl for what happened, beside a field for errors. */
public final class Feedback {

  private Feedback() {}

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    // The action did not happen: dialogs stay open and the page keeps its unsaved changes.
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** An error shown beside one field (its client id), for {@code p:message}. */
  public static void fieldError(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The rule's own translated message, or a general one when the rule has no text yet. */
  public static void refused(RuleViolationException refusal) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text;
    try {
      text = Messages.get(context, refusal.messageKey(), refusal.arguments().toArray());
    } catch (java.util.MissingResourceException noText) {
      text = Messages.get(context, "adminArticles.refused");
    }
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
  }

  /**
   * The rule's own message beside the field {@code fields} names for its key (a client id), or in
   * the growl for a rule no field stands for; either way the action did not happen.
   */
  public static void refused(RuleViolationException refusal, Map<String, String> fields) {
    String field = fields.get(refusal.messageKey());
    if (field == null) {
      refused(refusal);
      FacesContext.getCurrentInstance().validationFailed();
    } else {
      fieldError(field, refusal.messageKey(), refusal.arguments().toArray());
    }
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = Messages.get(context, key, arguments);
    // The growl shows summary and detail, so a global message has an empty detail (a null one
    // repeats the summary); p:message beside a field shows only the detail.
    context.addMessage(clientId, new FacesMessage(severity, text, clientId == null ? "" : text));
  }
}
