package io.statuslint.proxy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The open server-sent-event streams of the dashboard. Broadcasting never blocks the caller (the
 * checker thread): each stream has a bounded queue, and a tab that cannot keep up is disconnected
 * (its EventSource reconnects and starts again from a fresh state).
 */
final class SseHub {

  private static final String CLOSE = "\u0000close";

  private final int maxClients;
  private final Set<Client> clients = ConcurrentHashMap.newKeySet();

  SseHub(int maxClients) {
    this.maxClients = maxClients;
  }

  /** One open stream. */
  static final class Client {
    private final BlockingQueue<String> events = new ArrayBlockingQueue<>(1024);

    void pump(OutputStream out, SseHub hub) throws IOException {
      while (true) {
        String e;
        try {
          e = events.poll(15, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
          return;
        }
        if (e == CLOSE) {
          return;
        }
        // A comment line now and then keeps idle connections (and proxies in between) open.
        out.write((e == null ? ": keep-alive\n\n" : e).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    }
  }

  Client join() {
    if (clients.size() >= maxClients) {
      return null;
    }
    Client c = new Client();
    clients.add(c);
    return c;
  }

  void leave(Client c) {
    clients.remove(c);
  }

  void broadcast(String event, String json) {
    String text = event(event, json);
    for (Client c : clients) {
      if (!c.events.offer(text)) {
        clients.remove(c);
        c.events.clear();
        c.events.offer(CLOSE);
      }
    }
  }

  void closeAll() {
    for (Client c : clients) {
      c.events.clear();
      c.events.offer(CLOSE);
    }
    clients.clear();
  }

  /** One event in the text/event-stream format; JSON has no raw newlines, so one data line suffices. */
  static String event(String name, String json) {
    return "event: " + name + "\ndata: " + json + "\n\n";
  }
}
