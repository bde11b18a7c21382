package app.tribune.newsletter.bounce;

import app.tribune.cluster.SchedulerLock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the bounce mailbox. A message handled is marked seen, so it is read once; one that is not a
 * report is left unread and flagged for a person, and logged that one time, since flagged messages
 * are not read again.
 */
@ApplicationScoped
public class BounceMailbox {

  static final String LOCK = "bounce-mailbox";

  /** Enough for any ordinary run; a flood is worked through over the next polls. */
  static final int MAX_PER_POLL = 200;

  private static final Logger LOG = Logger.getLogger(BounceMailbox.class.getName());
  private static final AndTerm WAITING =
      new AndTerm(
          new FlagTerm(new Flags(Flags.Flag.SEEN), false),
          new FlagTerm(new Flags(Flags.Flag.FLAGGED), false));

  @Inject private BounceHandling handling;
  @Inject private SchedulerLock lock;

  private BounceMailboxSettings settings;
  private Session session;

  @PostConstruct
  void init() {
    settings = BounceMailboxSettings.fromConfig(ConfigProvider.getConfig());
    session = Session.getInstance(settings.sessionProperties());
  }

  BounceMailboxSettings settings() {
    return settings;
  }

  /**
   * Handles what arrived since the last poll, unless another node is doing so.
   *
   * @return how many messages were handled, or -1 when another node holds the lock
   * @throws MessagingException when the mailbox cannot be reached; the next poll tries again
   */
  public int poll(Instant now) throws MessagingException {
    // Shorter than the interval, so the next poll finds the lock free, whichever node runs it.
    Duration hold = settings.pollInterval().multipliedBy(4).dividedBy(5);
    if (!settings.enabled() || !lock.take(LOCK, now, hold)) {
      return -1;
    }
    Store store = session.getStore(settings.protocol());
    store.connect(settings.host().get(), settings.port(), settings.user(), settings.password());
    try {
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_WRITE);
      try {
        return handle(Arrays.asList(folder.search(WAITING)));
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }

  private int handle(List<Message> waiting) throws MessagingException {
    int handled = 0;
    for (Message message : waiting.subList(0, Math.min(waiting.size(), MAX_PER_POLL))) {
      // One fetch of the whole message, read from memory from then on.
      MimeMessage copy = new MimeMessage((MimeMessage) message);
      try {
        handling.apply(BounceReports.read(copy));
        message.setFlag(Flags.Flag.SEEN, true);
        handled++;
      } catch (BounceReports.Unreadable e) {
        LOG.log(
            Level.WARNING,
            "Message {0} in the bounce mailbox is not a report that can be read ({1});"
                + " left unread and flagged for a person",
            new Object[] {copy.getMessageID(), e.getMessage()});
        message.setFlag(Flags.Flag.FLAGGED, true);
      }
    }
    return handled;
  }
}
