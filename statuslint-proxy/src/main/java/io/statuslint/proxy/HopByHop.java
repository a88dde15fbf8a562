package io.statuslint.proxy;

import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.util.ArrayList;
import java.util.Iterator;
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
  private static final AsciiString[] ALWAYS = {HttpHeaderNames.CONNECTION, HttpHeaderNames.KEEP_ALIVE,
      HttpHeaderNames.PROXY_CONNECTION, HttpHeaderNames.TE, HttpHeaderNames.UPGRADE,
      HttpHeaderNames.PROXY_AUTHENTICATE, HttpHeaderNames.PROXY_AUTHORIZATION};
  private static final AsciiString VIA = AsciiString.cached("Via");
  private static final AsciiString CONNECTION = AsciiString.cached("Connection");
  private static final AsciiString HOST = AsciiString.cached("Host");
  /** Forwarded sections hold fields the decoder already validated. */
  private static final HttpHeadersFactory FORWARDED = DefaultHttpHeadersFactory.headersFactory().withValidation(false);

  private HopByHop() {}

  /**
   * The header section to forward, built in one pass: every field of {@code in} in its order and
   * spelling, except the fields the Connection header names and the fixed hop-by-hop ones (RFC 9110
   * §7.6.1). With {@code keepUpgrade} the Upgrade field and a {@code Connection: upgrade} survive: a
   * protocol switch is requested (or answered) end to end through a tunnelling intermediary. A
   * non-null {@code host} replaces the value of the Host field where it stands.
   *
   * <p>Proxy-Authorization is consumed by the proxy it is meant for (RFC 9110 §11.7.2): this one asks
   * for none, so it forwards none. Proxy-Authenticate likewise belongs to this hop only. {@code in} is
   * left as received, for the checker.
   */
  static HttpHeaders forward(HttpHeaders in, boolean keepUpgrade, CharSequence host) {
    return forward(in, connectionOptions(in), keepUpgrade, host);
  }

  /** {@link #forward(HttpHeaders, boolean, CharSequence)} with the Connection options already parsed. */
  static HttpHeaders forward(HttpHeaders in, List<String> listed, boolean keepUpgrade, CharSequence host) {
    HttpHeaders out = FORWARDED.newHeaders();
    boolean hostDone = false;
    for (Iterator<Map.Entry<CharSequence, CharSequence>> it = in.iteratorCharSequence(); it.hasNext(); ) {
      Map.Entry<CharSequence, CharSequence> field = it.next();
      CharSequence name = field.getKey();
      if (isAlwaysHopByHop(name) || !listed.isEmpty() && isListed(listed, name)) {
        if (keepUpgrade && HttpHeaderNames.UPGRADE.contentEqualsIgnoreCase(name)) {
          out.add(name, field.getValue());
        }
        continue;
      }
      if (host != null && HttpHeaderNames.HOST.contentEqualsIgnoreCase(name)) {
        if (!hostDone) {
          out.add(name, host);
          hostDone = true;
        }
        continue;
      }
      out.add(name, field.getValue());
    }
    if (keepUpgrade) {
      out.add(CONNECTION, "upgrade");
    }
    if (host != null && !hostDone) {
      out.add(HOST, host);
    }
    return out;
  }

  private static boolean isAlwaysHopByHop(CharSequence name) {
    int n = name.length();
    if (n != 2 && n != 7 && n != 10 && n != 16 && n != 18 && n != 19) {
      return false;
    }
    for (AsciiString h : ALWAYS) {
      if (h.contentEqualsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isListed(List<String> listed, CharSequence name) {
    for (String option : listed) {
      // Framing and routing fields are never dropped, whatever Connection says.
      if (AsciiString.contentEqualsIgnoreCase(option, name) && !option.equals("content-length")
          && !option.equals("transfer-encoding") && !option.equals("host")) {
        return true;
      }
    }
    return false;
  }

  /** The connection options of every Connection field line, lower-cased. */
  static List<String> connectionOptions(HttpHeaders headers) {
    if (!headers.contains(HttpHeaderNames.CONNECTION)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    for (String value : headers.getAll(HttpHeaderNames.CONNECTION)) {
      int start = 0;
      while (start <= value.length()) {
        int comma = value.indexOf(',', start);
        int end = comma < 0 ? value.length() : comma;
        String t = value.substring(start, end).trim().toLowerCase(Locale.ROOT);
        if (!t.isEmpty()) {
          out.add(t);
        }
        start = end + 1;
      }
    }
    return out;
  }

  /** Whether the message asks for the connection to close after it. */
  static boolean asksToClose(HttpHeaders headers, HttpVersion version) {
    return asksToClose(connectionOptions(headers), version);
  }

  /** {@link #asksToClose(HttpHeaders, HttpVersion)} on the message's parsed Connection options. */
  static boolean asksToClose(List<String> options, HttpVersion version) {
    if (options.contains("close")) {
      return true;
    }
    // HTTP/1.0 connections close unless kept alive explicitly (RFC 9112 §9.3).
    return !version.isKeepAliveDefault() && !options.contains("keep-alive");
  }

  /** Whether a request asks to switch protocols (RFC 9110 §7.8): Upgrade listed in Connection. */
  static boolean asksToUpgrade(HttpHeaders headers) {
    return asksToUpgrade(headers, connectionOptions(headers));
  }

  static boolean asksToUpgrade(HttpHeaders headers, List<String> options) {
    return options.contains("upgrade") && headers.contains(HttpHeaderNames.UPGRADE);
  }

  /**
   * Adds this hop to Via (RFC 9110 §7.6.3): the protocol the message was received with, and the
   * pseudonym. A new field line at the end is the same list as appending to the last one (§5.3), and
   * leaves every other field where it was.
   */
  static void addVia(HttpHeaders headers, HttpVersion received) {
    String hop = (received.majorVersion() == 1 && received.minorVersion() == 0 ? "1.0 " : "1.1 ") + PSEUDONYM;
    headers.add(VIA, hop);
  }
}
