package app.tribune.platform.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An entity refused an operation its rules forbid: a status change not allowed from the current
 * status, an event ending before it starts, and so on.
 *
 * <p>The message key names the rule in the interface's resource bundles, so a view can show the
 * reader a translated message; the English message is for the log.
 */
public class RuleViolationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<Object> arguments;

  public RuleViolationException(String messageKey, String message, Object... arguments) {
    super(message);
    this.messageKey = messageKey;
    this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
  }

  /** The resource bundle key of the message explaining the refusal. */
  public String messageKey() {
    return messageKey;
  }

  /** The values the translated message refers to, in order. */
  public List<Object> arguments() {
    return arguments;
  }
}
