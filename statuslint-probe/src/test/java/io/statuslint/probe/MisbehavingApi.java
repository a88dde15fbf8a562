package io.statuslint.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An API that gets every experiment wrong, each in a way no traffic rule reports on its own, so
 * each experiment's finding must appear.
 */
final class MisbehavingApi implements TestApi.Routes {

  static final String TOKEN = "Bearer m1sbehav1ng-t0ken";
  static final String THINGS = "{\"things\":[1,2,3]}";
  static final String PAGES = "{\"pages\":[\"a\",\"b\"]}";

  @Override
  public void answer(TestApi.Call c) throws IOException {
    switch (c.path) {
      case "/things" -> things(c);
      case "/pages" -> pages(c);
      // Soft 404: everything else "exists".
      default -> c.json(200, "{\"welcome\":\"to the API\"}");
    }
  }

  private static void things(TestApi.Call c) throws IOException {
    if (!TOKEN.equals(c.header("Authorization"))) {
      // 403 for a caller who sent no credentials at all.
      c.send(403, "text/plain", "Forbidden");
      return;
    }
    switch (c.method) {
      case "GET" -> {
        String accept = c.header("Accept");
        if (accept != null && !accept.contains("json") && !accept.contains("*")) {
          c.send(500, "text/plain", "Internal Server Error");
          return;
        }
        if (c.has("Range")) {
          // Refuses even the first byte of a non-empty representation.
          c.header("Content-Range", "bytes */" + THINGS.length());
          c.send(416, "text/plain", "Range Not Satisfiable");
          return;
        }
        // Sends an ETag, then ignores If-None-Match.
        c.header("ETag", "\"t1\"");
        c.json(200, THINGS);
      }
      case "HEAD" -> c.empty(404);
      case "OPTIONS" -> {
        c.header("Allow", "GET, HEAD, POST, OPTIONS");
        c.empty(204);
      }
      case "POST" -> {
        byte[] body = c.body();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("{") && !text.trim().endsWith("}")) {
          c.send(500, "text/plain", "Internal Server Error");
        } else {
          c.json(200, "{\"received\":" + body.length + "}");
        }
      }
      default -> c.send(400, "text/plain", "Bad Request");
    }
  }

  private static void pages(TestApi.Call c) throws IOException {
    switch (c.method) {
      case "GET", "HEAD" -> {
        String range = c.header("Range");
        if ("bytes=0-0".equals(range)) {
          c.header("Content-Range", "bytes 0-0/" + PAGES.length());
          c.send(206, "application/json", PAGES.substring(0, 1));
        } else {
          // A range past the end is ignored, though ranges are supported.
          c.json(200, PAGES);
        }
      }
      case "OPTIONS" -> {
        c.header("Allow", "GET, HEAD, OPTIONS");
        c.empty(204);
      }
      // Read-only by its Allow, yet DELETE "works".
      case "DELETE" -> c.empty(204);
      default -> {
        c.header("Allow", "GET, HEAD, OPTIONS");
        c.send(405, "application/problem+json", "{\"title\":\"Method Not Allowed\",\"status\":405}");
      }
    }
  }
}
