package app.tribune.newsletter.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two kinds of machine-written mail a bounce mailbox receives: delivery status
 * notifications (RFC 3464) and abuse feedback reports (RFC 5965). Anything else, or either kind too
 * broken to say who it is about, is {@link Unreadable}, so a person can look at it.
 */
final class BounceReports {

  /** Enough for any report and the headers it quotes; the rest of a quoted message is not read. */
  private static final int MAX_PART_BYTES = 256 * 1024;

  private static final Pattern STATUS = Pattern.compile("^([245])\\.\\d{1,3}\\.\\d{1,3}");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  /** Feedback types that mean "I did not want this"; the others report on something else. */
  private static final List<String> COMPLAINTS = List.of("abuse", "fraud");

  /** A message that is not a report this class understands. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason);
    }
  }

  private BounceReports() {}

  /**
   * What {@code message} reports, one entry per recipient who bounced or complained; empty for a
   * report that needs nothing done (a delay warning already followed by delivery, "not spam").
   *
   * @throws Unreadable if it is not a report, or says too little to act on
   */
  static List<Bounce> read(Part message) throws Unreadable {
    try {
      if (!message.isMimeType("multipart/report")) {
        throw new Unreadable("not a multipart/report but " + message.getContentType());
      }
      String reportType =
          Optional.ofNullable(new ContentType(message.getContentType()).getParameter("report-type"))
              .orElse("")
              .toLowerCase(Locale.ROOT);
      // Parsed here rather than through getContent(), which would depend on the mail
      // implementation's own handlers for report types.
      MimeMultipart parts = new MimeMultipart(message.getDataHandler().getDataSource());
      return switch (reportType) {
        case "delivery-status" -> deliveryStatus(parts);
        case "feedback-report" -> feedback(parts);
        default -> throw new Unreadable("a report of type '" + reportType + "'");
      };
    } catch (MessagingException | IOException e) {
      throw new Unreadable("malformed MIME: " + e.getMessage());
    }
  }

  private static List<Bounce> deliveryStatus(MimeMultipart parts)
      throws MessagingException, IOException, Unreadable {
    Part status =
        part(parts, "message/delivery-status", "message/global-delivery-status")
            .orElseThrow(() -> new Unreadable("no message/delivery-status part"));
    List<Map<String, String>> blocks = fieldBlocks(text(status));
    if (blocks.size() < 2) {
      throw new Unreadable("a delivery status without any recipient");
    }
    String messageId = originalMessageId(parts);
    List<Bounce> bounces = new ArrayList<>();
    for (Map<String, String> recipient : blocks.subList(1, blocks.size())) {
      String action = firstWord(recipient.get("action"));
      String address =
          address(
              Optional.ofNullable(recipient.get("final-recipient"))
                  .orElse(recipient.get("original-recipient")));
      if (action == null || address == null) {
        throw new Unreadable("a recipient without Action or Final-Recipient");
      }
      Matcher code = STATUS.matcher(Optional.ofNullable(recipient.get("status")).orElse(""));
      boolean hasCode = code.find();
      switch (action) {
        case "failed" -> {
          if (!hasCode || code.group(1).equals("2")) {
            throw new Unreadable("a failure without a 4.x.x or 5.x.x status");
          }
          Bounce.Kind kind = code.group(1).equals("5") ? Bounce.Kind.HARD : Bounce.Kind.SOFT;
          bounces.add(new Bounce(kind, address, messageId, code.group()));
        }
        case "delayed" ->
            bounces.add(
                new Bounce(Bounce.Kind.SOFT, address, messageId, hasCode ? code.group() : action));
        case "delivered", "relayed", "expanded" -> {
          // Good news about this recipient: nothing to do.
        }
        default -> throw new Unreadable("an unknown action '" + action + "'");
      }
    }
    return bounces;
  }

  private static List<Bounce> feedback(MimeMultipart parts)
      throws MessagingException, IOException, Unreadable {
    Part report =
        part(parts, "message/feedback-report")
            .orElseThrow(() -> new Unreadable("no message/feedback-report part"));
    Map<String, String> fields = fieldBlocks(text(report)).stream().findFirst().orElseGet(Map::of);
    String type = firstWord(fields.get("feedback-type"));
    if (type == null) {
      throw new Unreadable("a feedback report without Feedback-Type");
    }
    if (!COMPLAINTS.contains(type)) {
      return List.of();
    }
    Map<String, String> original = originalHeaders(parts);
    String recipient =
        address(Optional.ofNullable(fields.get("original-rcpt-to")).orElse(original.get("to")));
    String messageId = messageId(original.get("message-id"));
    if (recipient == null && messageId == null) {
      throw new Unreadable("a complaint naming neither the recipient nor the message");
    }
    return List.of(new Bounce(Bounce.Kind.COMPLAINT, recipient, messageId, type));
  }

  private static String originalMessageId(MimeMultipart parts)
      throws MessagingException, IOException {
    return messageId(originalHeaders(parts).get("message-id"));
  }

  /** The headers of the mail the report is about, as far as the report quotes them. */
  private static Map<String, String> originalHeaders(MimeMultipart parts)
      throws MessagingException, IOException {
    Optional<Part> original =
        part(
            parts,
            "message/rfc822",
            "text/rfc822-headers",
            "message/global",
            "message/global-headers");
    if (original.isEmpty()) {
      return Map.of();
    }
    return fieldBlocks(text(original.get())).stream().findFirst().orElseGet(Map::of);
  }

  private static Optional<Part> part(MimeMultipart parts, String... types)
      throws MessagingException {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      for (String type : types) {
        if (part.isMimeType(type)) {
          return Optional.of(part);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The part's bytes, transfer encoding undone, without asking the mail library to interpret them.
   */
  private static String text(Part part) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(MAX_PART_BYTES), StandardCharsets.UTF_8);
    }
  }

  /**
   * Header-style fields in blocks separated by blank lines, as both report formats and a message's
   * header are written: names case-insensitive, folded lines joined, the first of a repeated field
   * kept.
   */
  static List<Map<String, String>> fieldBlocks(String text) {
    List<Map<String, String>> blocks = new ArrayList<>();
    Map<String, String> block = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String name = null;
    for (String line : LINE_BREAK.split(text, -1)) {
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          blocks.add(block);
          block = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        }
        name = null;
      } else if (Character.isWhitespace(line.charAt(0))) {
        if (name != null) {
          block.merge(name, " " + line.strip(), String::concat);
        }
      } else {
        int colon = line.indexOf(':');
        name = colon > 0 ? line.substring(0, colon).strip() : null;
        if (name != null && !block.containsKey(name)) {
          block.put(name, line.substring(colon + 1).strip());
        } else {
          // A repeated field, or a line that is not a field: neither may change the first value.
          name = null;
        }
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    return blocks;
  }

  /**
   * The address in {@code rfc822; someone@example.org} or {@code Someone <someone@example.org>}, or
   * {@code null} if there is none.
   */
  static String address(String field) {
    if (field == null) {
      return null;
    }
    String value = field.substring(field.indexOf(';') + 1).strip();
    int open = value.indexOf('<');
    int close = value.indexOf('>', open + 1);
    if (open >= 0 && close > open) {
      value = value.substring(open + 1, close).strip();
    } else if (value.indexOf(',') >= 0) {
      value = value.substring(0, value.indexOf(',')).strip();
    }
    return value.contains("@") && !value.contains(" ") ? value : null;
  }

  /** A Message-ID in the form senders store it: one token in angle brackets. */
  static String messageId(String field) {
    if (field == null || field.isBlank()) {
      return null;
    }
    String id = field.strip().split("\\s+")[0];
    return id.startsWith("<") ? id : "<" + id + ">";
  }

  private static String firstWord(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip().split("[\\s(;]+")[0].toLowerCase(Locale.ROOT);
  }
}
