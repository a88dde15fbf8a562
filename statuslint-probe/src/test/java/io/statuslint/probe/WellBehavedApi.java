package io.statuslint.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An API that answers every experiment as the guide expects: the probe must find nothing here.
 * Every error is Problem Details; 405 carries Allow, 401 a challenge, 206 and 416 Content-Range.
 */
final class WellBehavedApi implements TestApi.Routes {

  static final String TOKEN = "Bearer s3cr3t-t0ken-4711";
  static final long MAX_BODY = 64 * 1024;

  /** Path → its JSON and the methods it takes. */
  private static final Map<String, String> RESOURCES = Map.of(
      "/items", "{\"items\":[{\"id\":1,\"name\":\"pen\"}]}",
      "/items/1", "{\"id\":1,\"name\":\"pen\"}");
  private static final Map<String, String> ALLOW = Map.of("/items", "GET, HEAD, POST, OPTIONS",
      "/items/1", "GET, HEAD, OPTIONS");

  @Override
  public void answer(TestApi.Call c) throws IOException {
    String uri = c.ex.getRequestURI().toString();
    if (uri.length() > 8 * 1024) {
      c.problem(414, "URI Too Long", "The request target exceeds 8 KiB.");
      return;
    }
    if (c.headerBytes() > 16 * 1024) {
      c.problem(431, "Request Header Fields Too Large", "The header section exceeds 16 KiB.");
      return;
    }
    String json = RESOURCES.get(c.path);
    if (json == null) {
      c.problem(404, "Not Found", "No resource at this path.");
      return;
    }
    if (!TOKEN.equals(c.header("Authorization"))) {
      c.header("WWW-Authenticate", "Bearer realm=\"items\"");
      c.problem(401, "Unauthorized", "Sign in with a bearer token.");
      return;
    }
    String allow = ALLOW.get(c.path);
    switch (c.method) {
      case "GET", "HEAD" -> get(c, json);
      case "OPTIONS" -> {
        c.header("Allow", allow);
        c.empty(204);
      }
      case "POST" -> {
        if (allow.contains("POST")) {
          post(c);
        } else {
          notAllowed(c, allow);
        }
      }
      default -> notAllowed(c, allow);
    }
  }

  private static void notAllowed(TestApi.Call c, String allow) throws IOException {
    c.header("Allow", allow);
    c.problem(405, "Method Not Allowed", "This path takes " + allow + ".");
  }

  private static void get(TestApi.Call c, String json) throws IOException {
    String etag = "\"" + Integer.toHexString(json.hashCode()) + "\"";
    String accept = c.header("Accept");
    if (accept != null && !accept.contains("json") && !accept.contains("*/*")) {
      c.problem(406, "Not Acceptable", "This resource is available as JSON only.");
      return;
    }
    c.header("ETag", etag);
    if (etag.equals(c.header("If-None-Match"))) {
      c.empty(304);
      return;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    String range = c.header("Range");
    if (range != null && range.startsWith("bytes=")) {
      String[] ends = range.substring(6).split("-", -1);
      long first = Long.parseLong(ends[0]);
      if (first >= bytes.length) {
        c.header("Content-Range", "bytes */" + bytes.length);
        c.problem(416, "Range Not Satisfiable", "The representation has " + bytes.length + " bytes.");
        return;
      }
      long last = ends[1].isEmpty() ? bytes.length - 1 : Math.min(Long.parseLong(ends[1]), bytes.length - 1);
      c.header("Content-Range", "bytes " + first + "-" + last + "/" + bytes.length);
      c.send(206, "application/json", json.substring((int) first, (int) last + 1));
      return;
    }
    c.header("Link", "</items/1>; rel=\"item\"");
    c.json(200, json);
  }

  private static void post(TestApi.Call c) throws IOException {
    String length = c.header("Content-Length");
    if (length != null && Long.parseLong(length) > MAX_BODY) {
      c.problem(413, "Content Too Large", "Request content is limited to 64 KiB.");
      return;
    }
    String type = c.header("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      c.header("Accept-Post", "application/json");
      c.problem(415, "Unsupported Media Type", "Send application/json.");
      return;
    }
    String body = new String(c.body(), StandardCharsets.UTF_8).trim();
    if (!body.endsWith("}")) {
      c.problem(400, "Bad Request", "The request content is not well-formed JSON.");
      return;
    }
    c.header("Location", "/items/2");
    c.json(201, "{\"id\":2}");
  }
}
