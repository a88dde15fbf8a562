package io.statuslint.detect;

/**
 * Whether a string is a URI reference (RFC 3986 §4.1: a URI or a relative reference). Checks the
 * characters each part may hold, percent-encoding, the scheme, and the rule that a relative
 * reference's first segment has no colon (§4.2). It does not resolve or normalise anything.
 */
public final class UriReferences {

  // Which part of the reference a character belongs to: each allows a different set.
  private static final int PATH = 1;
  private static final int FRAGMENT_OR_QUERY = 2;
  private static final int AUTHORITY = 3;

  private UriReferences() {}

  public static boolean isUriReference(String s) {
    if (s == null) {
      return false;
    }
    int hash = s.indexOf('#');
    String beforeFragment = hash < 0 ? s : s.substring(0, hash);
    if (hash >= 0 && !validChars(s, hash + 1, s.length(), FRAGMENT_OR_QUERY)) {
      return false;
    }
    int query = beforeFragment.indexOf('?');
    String hierarchy = query < 0 ? beforeFragment : beforeFragment.substring(0, query);
    if (query >= 0 && !validChars(beforeFragment, query + 1, beforeFragment.length(), FRAGMENT_OR_QUERY)) {
      return false;
    }
    int rest = 0;
    int colon = hierarchy.indexOf(':');
    int slash = hierarchy.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      // A colon before the first slash: this must be a scheme (§3.1), else it is no relative reference.
      if (!isScheme(hierarchy, colon)) {
        return false;
      }
      rest = colon + 1;
    }
    if (hierarchy.startsWith("//", rest)) {
      int authorityEnd = hierarchy.indexOf('/', rest + 2);
      if (authorityEnd < 0) {
        authorityEnd = hierarchy.length();
      }
      if (!validAuthority(hierarchy, rest + 2, authorityEnd)) {
        return false;
      }
      rest = authorityEnd;
    }
    return validChars(hierarchy, rest, hierarchy.length(), PATH);
  }

  private static boolean isScheme(String s, int end) {
    if (end == 0 || !isAlpha(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < end; i++) {
      char c = s.charAt(i);
      if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean validAuthority(String s, int from, int to) {
    int open = s.indexOf('[', from);
    if (open >= 0 && open < to) {
      // An IP literal (§3.2.2): "[" ... "]" right after any userinfo, then an optional port.
      int close = s.indexOf(']', open);
      boolean atHostStart = open == from || s.charAt(open - 1) == '@';
      if (close < 0 || close >= to || !atHostStart || (close + 1 < to && s.charAt(close + 1) != ':')) {
        return false;
      }
      for (int i = open + 1; i < close; i++) {
        char c = s.charAt(i);
        if (!isHex(c) && c != ':' && c != '.' && c != 'v' && c != 'V' && !isUnreserved(c) && !isSubDelim(c)) {
          return false;
        }
      }
      return validChars(s, from, open, AUTHORITY) && validChars(s, close + 1, to, AUTHORITY);
    }
    return validChars(s, from, to, AUTHORITY);
  }

  private static boolean validChars(String s, int from, int to, int part) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return false;
        }
        i += 2;
        continue;
      }
      if (isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@') {
        continue;
      }
      if (c == '/' && part != AUTHORITY) {
        continue;
      }
      if (c == '?' && part == FRAGMENT_OR_QUERY) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean isUnreserved(char c) {
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean isSubDelim(char c) {
    switch (c) {
      case '!': case '$': case '&': case '\'': case '(': case ')':
      case '*': case '+': case ',': case ';': case '=':
        return true;
      default:
        return false;
    }
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
