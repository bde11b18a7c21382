package app.tribune.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on localhost that answers recipients as a test scripts it: "try later" (451)
 * a given number of times, or "no such user" (550) for good; anything else is accepted and kept.
 * GreenMail accepts every recipient, so tests of how a sender handles refusals use this instead.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Map<String, AtomicInteger> deferrals = new ConcurrentHashMap<>();
  private final Map<String, Boolean> refused = new ConcurrentHashMap<>();
  private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
  private final List<Socket> clients = new CopyOnWriteArrayList<>();
  private volatile Duration pace = Duration.ZERO;

  /**
   * A message accepted for {@code recipients}, as it came over the wire.
   *
   * @param sender the envelope sender ({@code MAIL FROM}), where delivery reports would go
   */
  public record Delivered(String sender, List<String> recipients, String data) {}

  private ScriptedSmtpServer(ServerSocket socket) {
    this.socket = socket;
    Thread acceptor = new Thread(this::accept, "scripted-smtp-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts listening on {@code port} of the loopback address; 0 lets the system choose. */
  public static ScriptedSmtpServer start(int port) {
    try {
      ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
      socket.setReuseAddress(true);
      return new ScriptedSmtpServer(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** Answers "451 try again later" to {@code times} RCPT commands for {@code address}. */
  public void defer(String address, int times) {
    deferrals.put(address.toLowerCase(Locale.ROOT), new AtomicInteger(times));
  }

  /** Answers "550 no such user" to every RCPT command for {@code address}. */
  public void refuse(String address) {
    refused.put(address.toLowerCase(Locale.ROOT), true);
  }

  /**
   * Takes {@code perMessage} over each message before accepting it, as a distant server does, so
   * that a send lasts long enough to be watched.
   */
  public void pace(Duration perMessage) {
    pace = perMessage;
  }

  /** Every message accepted so far. */
  public List<Delivered> delivered() {
    return List.copyOf(delivered);
  }

  /** The accepted messages for {@code address}. */
  public List<Delivered> deliveredTo(String address) {
    return delivered.stream().filter(d -> d.recipients().contains(address)).toList();
  }

  @Override
  public void close() {
    try {
      socket.close();
      for (Socket client : clients) {
        client.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        clients.add(client);
        Thread session = new Thread(() -> converse(client), "scripted-smtp-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converse(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream()) {
      reply(out, "220 localhost scripted SMTP");
      List<String> recipients = new ArrayList<>();
      String sender = null;
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 localhost");
        } else if (command.startsWith("MAIL FROM")) {
          sender = address(line);
          recipients.clear();
          reply(out, "250 OK");
        } else if (command.startsWith("RCPT TO")) {
          reply(out, answerFor(address(line), recipients));
        } else if (command.equals("DATA")) {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          StringBuilder data = new StringBuilder();
          String text;
          while ((text = in.readLine()) != null && !text.equals(".")) {
            data.append(text.startsWith("..") ? text.substring(1) : text).append("\r\n");
          }
          pause();
          delivered.add(new Delivered(sender, List.copyOf(recipients), data.toString()));
          reply(out, "250 OK queued");
        } else if (command.equals("QUIT")) {
          reply(out, "221 Bye");
          return;
        } else if (command.startsWith("RSET")) {
          recipients.clear();
          reply(out, "250 OK");
        } else {
          reply(out, "250 OK");
        }
      }
    } catch (IOException closed) {
      // The client or close() ended the session.
    } finally {
      clients.remove(client);
    }
  }

  private void pause() throws IOException {
    try {
      Thread.sleep(pace.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private String answerFor(String address, List<String> recipients) {
    if (refused.containsKey(address)) {
      return "550 5.1.1 <" + address + ">: no such user";
    }
    AtomicInteger deferred = deferrals.get(address);
    if (deferred != null && deferred.getAndDecrement() > 0) {
      return "451 4.7.1 <" + address + ">: try again later";
    }
    recipients.add(address);
    return "250 OK";
  }

  private static String address(String rcpt) {
    int open = rcpt.indexOf('<');
    int close = rcpt.indexOf('>', open);
    return rcpt.substring(open + 1, close).toLowerCase(Locale.ROOT);
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
