package io.statuslint.rules.headers;

/**
 * A strict check of the RFC 3986 URI-reference grammar (§4.1), as Location uses it (RFC 9110
 * §10.2.2).
 *
 * <p>Written by hand on purpose: {@link java.net.URI} follows RFC 2396 and disagrees with RFC 3986
 * both ways. It rejects valid references such as {@code "http:"}, {@code "http://"} (empty
 * authority) and IPvFuture literals, and accepts invalid ones, e.g. raw non-ASCII letters, which
 * RFC 3986 only allows percent-encoded (IRIs are not URIs). A linter must agree with the RFC, not
 * with one library.
 *
 * <p>Deliberate choices: optional whitespace around a field value (RFC 9110 §5.5) is not part of the
 * reference and is ignored; an IPv6 zone id ({@code %25eth0}, RFC 6874) is accepted.
 */
public final class UriReferences {

  private static final String SUB_DELIMS = "!$&'()*+,;=";

  private UriReferences() {}

  /** Whether {@code value} is a URI-reference (absolute or relative) per RFC 3986 §4.1. */
  public static boolean isValid(String value) {
    return value != null && isReference(trimOws(value));
  }

  private static boolean isReference(String ref) {
    int hash = ref.indexOf('#');
    if (hash >= 0 && !allQueryOrFragmentChars(ref, hash + 1, ref.length())) {
      return false;
    }
    int end = hash >= 0 ? hash : ref.length();
    int question = ref.indexOf('?');
    if (question >= 0 && question < end) {
      if (!allQueryOrFragmentChars(ref, question + 1, end)) {
        return false;
      }
      end = question;
    }
    int start = 0;
    int colon = firstColonBeforeSlash(ref, end);
    if (colon >= 0) {
      // A colon before any slash can only end a scheme: a relative path may not carry one in its
      // first segment (path-noscheme, §4.2).
      if (!isScheme(ref, 0, colon)) {
        return false;
      }
      start = colon + 1;
    }
    if (ref.startsWith("//", start)) {
      int slash = ref.indexOf('/', start + 2);
      int authorityEnd = slash >= 0 && slash < end ? slash : end;
      return isAuthority(ref, start + 2, authorityEnd) && allPathChars(ref, authorityEnd, end);
    }
    return allPathChars(ref, start, end);
  }

  /** An absolute {@code http} or {@code https} URI with a host, e.g. {@code https://api.example/jobs/1}. */
  public static boolean isAbsoluteHttp(String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String scheme = value.substring(0, colon);
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return false;
    }
    if (!value.startsWith("//", colon + 1) || !isReference(value)) {
      return false;
    }
    int hostStart = colon + 3;
    return hostStart < value.length() && "/?#:@".indexOf(value.charAt(hostStart)) < 0;
  }

  /**
   * An absolute-path reference with at least one segment, e.g. {@code /jobs/42?view=status}. Not a
   * network-path reference ({@code //host/p}) and not the bare root {@code /}, which points nowhere
   * in particular.
   */
  public static boolean isAbsolutePath(String value) {
    return value.length() > 1 && value.charAt(0) == '/' && value.charAt(1) != '/'
        && value.charAt(1) != '?' && value.charAt(1) != '#' && isReference(value);
  }

  private static String trimOws(String value) {
    int from = 0;
    int to = value.length();
    while (from < to && isOws(value.charAt(from))) {
      from++;
    }
    while (to > from && isOws(value.charAt(to - 1))) {
      to--;
    }
    return value.substring(from, to);
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }

  private static int firstColonBeforeSlash(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      if (c == '/') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isScheme(String s, int from, int to) {
    if (from >= to || !isAlpha(s.charAt(from))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** authority = [ userinfo "@" ] host [ ":" port ] (§3.2). */
  private static boolean isAuthority(String s, int from, int to) {
    int at = s.indexOf('@', from);
    int hostStart = from;
    if (at >= 0 && at < to) {
      for (int i = from; i < at; i++) {
        if (!isUnreservedOrSubDelim(s.charAt(i)) && s.charAt(i) != ':' && !isPercentEscapeAt(s, i, at)) {
          return false;
        }
        if (s.charAt(i) == '%') {
          i += 2;
        }
      }
      hostStart = at + 1;
    }
    int portColon;
    if (hostStart < to && s.charAt(hostStart) == '[') {
      int close = s.indexOf(']', hostStart);
      if (close < 0 || close >= to || !isIpLiteral(s.substring(hostStart + 1, close))) {
        return false;
      }
      portColon = close + 1;
      if (portColon < to && s.charAt(portColon) != ':') {
        return false;
      }
    } else {
      portColon = hostStart;
      while (portColon < to && s.charAt(portColon) != ':') {
        char c = s.charAt(portColon);
        if (!isUnreservedOrSubDelim(c) && !isPercentEscapeAt(s, portColon, to)) {
          return false; // reg-name (§3.2.2); IPv4 addresses are a subset of it
        }
        portColon += c == '%' ? 3 : 1;
      }
    }
    for (int i = portColon + 1; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** IP-literal = "[" ( IPv6address / IPvFuture ) "]" (§3.2.2), brackets already removed. */
  private static boolean isIpLiteral(String literal) {
    if (!literal.isEmpty() && (literal.charAt(0) == 'v' || literal.charAt(0) == 'V')) {
      int dot = literal.indexOf('.');
      if (dot < 2 || dot == literal.length() - 1) {
        return false;
      }
      for (int i = 1; i < dot; i++) {
        if (!isHex(literal.charAt(i))) {
          return false;
        }
      }
      for (int i = dot + 1; i < literal.length(); i++) {
        char c = literal.charAt(i);
        if (!isUnreservedOrSubDelim(c) && c != ':') {
          return false;
        }
      }
      return true;
    }
    int zone = literal.indexOf("%25");
    if (zone >= 0) {
      String id = literal.substring(zone + 3);
      if (id.isEmpty() || !allMatch(id, 0, id.length(), false)) {
        return false;
      }
      literal = literal.substring(0, zone);
    }
    return isIpv6(literal);
  }

  private static boolean isIpv6(String address) {
    int doubleColon = address.indexOf("::");
    if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    if (doubleColon < 0) {
      return groups(address, true) == 8;
    }
    String head = address.substring(0, doubleColon);
    String tail = address.substring(doubleColon + 2);
    int headGroups = head.isEmpty() ? 0 : groups(head, false);
    int tailGroups = tail.isEmpty() ? 0 : groups(tail, true);
    return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups <= 7;
  }

  /** Counts the 16-bit groups of a colon-separated run (an IPv4 tail counts two), or -1. */
  private static int groups(String run, boolean ipv4TailAllowed) {
    String[] parts = run.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (ipv4TailAllowed && i == parts.length - 1 && part.indexOf('.') >= 0) {
        if (!isIpv4(part)) {
          return -1;
        }
        count += 2;
      } else if (isH16(part)) {
        count++;
      } else {
        return -1;
      }
    }
    return count;
  }

  private static boolean isH16(String part) {
    if (part.isEmpty() || part.length() > 4) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      if (!isHex(part.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv4(String part) {
    String[] octets = part.split("\\.", -1);
    if (octets.length != 4) {
      return false;
    }
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < octet.length(); i++) {
        if (!isDigit(octet.charAt(i))) {
          return false;
        }
      }
      if (Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  /** path characters: pchar or "/" (§3.3). */
  private static boolean allPathChars(String s, int from, int to) {
    return allMatch(s, from, to, true) && noneOf(s, from, to, '?');
  }

  /**
   * query and fragment: pchar, "/" or "?" (§3.4, §3.5). Square brackets are tolerated here
   * ({@code ?filter[status]=open}): strictly they must be encoded, but every client in use (the
   * WHATWG URL parser included) accepts them, and flagging them would bury real defects.
   */
  private static boolean allQueryOrFragmentChars(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '#') {
        return false;
      }
      if (c == '%') {
        if (!isPercentEscapeAt(s, i, to)) {
          return false;
        }
        i += 2;
      } else if (!isUnreservedOrSubDelim(c) && !isTolerated(c) && c != '[' && c != ']'
          && c != ':' && c != '@' && c != '/' && c != '?') {
        return false;
      }
    }
    return true;
  }

  /**
   * Non-ASCII letters (an IRI, {@code /café}) are tolerated for the same reason: browsers and HTTP
   * libraries percent-encode them before following the reference.
   */
  private static boolean isTolerated(char c) {
    return c >= 0xA0 && !Character.isSpaceChar(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
  }

  private static boolean noneOf(String s, int from, int to, char forbidden) {
    return s.substring(from, to).indexOf(forbidden) < 0;
  }

  /**
   * Whether every character is unreserved, a sub-delim or a well-formed percent escape; with
   * {@code pathLike} also ":", "@", "/" and "?" (callers exclude what their part forbids).
   */
  private static boolean allMatch(String s, int from, int to, boolean pathLike) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (!isPercentEscapeAt(s, i, to)) {
          return false;
        }
        i += 2;
      } else if (!isUnreservedOrSubDelim(c) && !(pathLike && isTolerated(c))
          && !(pathLike && (c == ':' || c == '@' || c == '/' || c == '?'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPercentEscapeAt(String s, int i, int to) {
    return s.charAt(i) == '%' && i + 2 < to && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
  }

  private static boolean isUnreservedOrSubDelim(char c) {
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
        || SUB_DELIMS.indexOf(c) >= 0;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
