package org.commissioninghub.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An SMTP relay in front of the test's mail server, one per node, that can stall: while stalled it
 * accepts connections and never greets them, as a hung mail relay does, so the node's mail dispatcher
 * sits inside a send with the message claimed.
 */
public final class SmtpRelay implements AutoCloseable {

  private final ServerSocket server;
  private final int upstreamPort;
  private final Set<Socket> held = ConcurrentHashMap.newKeySet();
  private volatile boolean stalled;

  public SmtpRelay(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon(this::acceptConnections);
  }

  public int port() {
    return server.getLocalPort();
  }

  public void stall() {
    stalled = true;
  }

  /** Passes mail through again; a connection held meanwhile is closed, so its send fails at once. */
  public void pass() {
    stalled = false;
    held.forEach(SmtpRelay::closeQuietly);
    held.clear();
  }

  /** Whether a sender is connected and waiting for a greeting that never comes. */
  public boolean holdsASender() {
    return !held.isEmpty();
  }

  private void acceptConnections() {
    while (!server.isClosed()) {
      try {
        var client = server.accept();
        if (stalled) {
          hold(client);
        } else {
          relay(client);
        }
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void hold(Socket client) {
    held.add(client);
    // the sender gives up (its read timeout) or dies: it is no longer held
    daemon(() -> {
      try (var in = client.getInputStream()) {
        while (in.read() >= 0) {
          // a sender says nothing before the greeting
        }
      } catch (IOException closed) {
        // closed by pass()
      }
      held.remove(client);
    });
  }

  private void relay(Socket client) throws IOException {
    var upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
    daemon(() -> pump(client, upstream));
    daemon(() -> pump(upstream, client));
  }

  private static void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException closed) {
      // either side hung up
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void daemon(Runnable work) {
    var thread = new Thread(work, "smtp-relay");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    pass();
  }
}
