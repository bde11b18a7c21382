package app.tribune.newsletter.admin;

import app.tribune.platform.i18n.Language;
import java.io.Serializable;
import java.util.Set;

/**
 * A row of an import file that passed every check made on the file alone.
 *
 * @param line the line it starts on
 * @param email normalised
 * @param name or {@code null}
 * @param topicIds the sections chosen, empty for all
 */
public record ImportCandidate(
    int line, String email, String name, Language language, Set<Long> topicIds)
    implements Serializable {}
