package io.statuslint.proxy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an intermediary must do to a message's header section before forwarding it (RFC 9110 §7.6).
 * Everything else — every end-to-end field, in its order and spelling — passes untouched.
 */
final class HopByHop {

  /** The pseudonym this proxy uses in Via (RFC 9110 §7.6.3 allows a pseudonym instead of a host). */
  static final String PSEUDONYM = "statuslint";

  /**
   * Fields that are meaningful for one connection only and are removed even when Connection does not
   * list them (RFC 9110 §7.6.1 names Proxy-Connection, Keep-Alive, TE, Transfer-Encoding and Upgrade).
   * Transfer-Encoding is not in this list: the proxy re-applies the same framing on the next hop
   * (Netty's encoder chunks exactly when the field says "chunked"), so the field describes the
   * forwarded message as well.
   */
  private static final String[] ALWAYS = {"connection", "keep-alive", "proxy-connection", "te", "upgrade",
      "proxy-authenticate", "proxy-authorization"};

  private HopByHop() {}

  /**
   * Removes the fields the Connection header names, then the fixed hop-by-hop ones. With {@code keepUpgrade}
   * the Upgrade field and a {@code Connection: upgrade} survive: a protocol switch is requested (or
   * answered) end to end through a tunnelling intermediary.
   *
   * <p>Proxy-Authorization is consumed by the proxy it is meant for (RFC 9110 §11.7.2): this one asks for
   * none, so it forwards none. Proxy-Authenticate likewise belongs to this hop only.
   */
  static void strip(HttpHeaders headers, boolean keepUpgrade) {
    String upgrade = keepUpgrade ? headers.get(HttpHeaderNames.UPGRADE) : null;
    List<String> listed = connectionOptions(headers);
    for (String name : listed) {
      if (!name.equals("transfer-encoding") && !name.equals("content-length") && !name.equals("host")) {
        headers.remove(name);
      }
    }
    for (String name : ALWAYS) {
      headers.remove(name);
    }
    if (upgrade != null) {
      headers.set("Connection", "upgrade");
      headers.set("Upgrade", upgrade);
    }
  }

  /** The connection options of every Connection field line, lower-cased. */
  static List<String> connectionOptions(HttpHeaders headers) {
    List<String> out = new ArrayList<>(2);
    for (String value : headers.getAll(HttpHeaderNames.CONNECTION)) {
      for (String token : value.split(",")) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Whether the message asks for the connection to close after it. */
  static boolean asksToClose(HttpHeaders headers, HttpVersion version) {
    List<String> options = connectionOptions(headers);
    if (options.contains("close")) {
      return true;
    }
    // HTTP/1.0 connections close unless kept alive explicitly (RFC 9112 §9.3).
    return !version.isKeepAliveDefault() && !options.contains("keep-alive");
  }

  /** Whether a request asks to switch protocols (RFC 9110 §7.8): Upgrade listed in Connection. */
  static boolean asksToUpgrade(HttpHeaders headers) {
    return headers.contains(HttpHeaderNames.UPGRADE) && connectionOptions(headers).contains("upgrade");
  }

  /**
   * Adds this hop to Via (RFC 9110 §7.6.3): the protocol the message was received with, and the
   * pseudonym. A new field line at the end is the same list as appending to the last one (§5.3), and
   * leaves every other field where it was.
   */
  static void addVia(HttpHeaders headers, HttpVersion received) {
    String hop = (received.majorVersion() == 1 && received.minorVersion() == 0 ? "1.0 " : "1.1 ") + PSEUDONYM;
    headers.add("Via", hop);
  }

  /**
   * Sets a field's value where it stands (name spelling and position kept), or adds it at the end:
   * rewriting Host must not reorder the header section.
   */
  static void replace(HttpHeaders headers, String name, String value) {
    if (!headers.contains(name)) {
      headers.add(name, value);
      return;
    }
    List<Map.Entry<String, String>> all = headers.entries();
    headers.clear();
    boolean done = false;
    for (Map.Entry<String, String> e : all) {
      if (!e.getKey().equalsIgnoreCase(name)) {
        headers.add(e.getKey(), e.getValue());
      } else if (!done) {
        headers.add(e.getKey(), value);
        done = true;
      }
    }
  }
}
