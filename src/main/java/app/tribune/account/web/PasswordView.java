package app.tribune.account.web;

import app.tribune.account.AccountRefused;
import app.tribune.account.AccountService;
import app.tribune.account.PasswordRules;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/account/password.xhtml}: the user's own password and interface language. An account
 * with a one-time password is sent here until it has chosen its own.
 */
@Named
@ViewScoped
public class PasswordView implements Serializable {

  /** The address of this page, where accounts with a one-time password are kept. */
  public static final String PAGE = "/admin/account/password.xhtml";

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private AdminLanguage adminLanguage;

  private String current;
  private String next;
  private String confirmation;
  private Language language;
  private boolean forced;

  public void load() {
    language = accounts.me().getLanguage();
    forced = Boolean.TRUE.equals(external().getSessionMap().get(LoginView.MUST_CHANGE_PASSWORD));
  }

  public void change() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      if (next == null || !next.equals(confirmation)) {
        message(context, "password:confirmation", "password.mismatch");
        return;
      }
      accounts.changeOwnPassword(chars(current), chars(next));
    } catch (AccountRefused refused) {
      String field =
          refused.messageKey().equals("password.currentWrong")
              ? "password:current"
              : "password:next";
      message(context, field, refused.messageKey());
      return;
    } finally {
      current = null;
      next = null;
      confirmation = null;
    }
    external().getSessionMap().remove(LoginView.MUST_CHANGE_PASSWORD);
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, Messages.get(context, "password.changed"), null));
    if (forced) {
      external().getFlash().setKeepMessages(true);
      external().redirect(external().getRequestContextPath() + "/admin/");
    }
  }

  /** Saves the interface language and shows this page again in it. */
  public void saveLanguage() throws IOException {
    accounts.changeOwnLanguage(language);
    adminLanguage.use(language);
    external().redirect(external().getRequestContextPath() + PAGE);
  }

  public List<Language> getLanguages() {
    return List.of(Language.FR, Language.EN);
  }

  public int getMinLength() {
    return PasswordRules.MIN_LENGTH;
  }

  public int getMaxLength() {
    return PasswordRules.MAX_LENGTH;
  }

  public boolean isForced() {
    return forced;
  }

  private static void message(FacesContext context, String clientId, String key) {
    context.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(context, key), null));
    context.validationFailed();
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }
}
