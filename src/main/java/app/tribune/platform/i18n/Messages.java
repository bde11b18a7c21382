package app.tribune.platform.i18n;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Interface texts for Java code; pages use the {@code msg} bundle variable instead. */
public final class Messages {

  public static final String BUNDLE = "app.tribune.platform.i18n.messages";

  private Messages() {}

  public static String get(Locale locale, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** The text in the language of the page being rendered. */
  public static String get(FacesContext context, String key, Object... arguments) {
    return get(context.getViewRoot().getLocale(), key, arguments);
  }
}
