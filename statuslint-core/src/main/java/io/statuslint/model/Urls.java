package io.statuslint.model;

/** Small, allocation-light helpers for the URLs we record. Not a URI parser: see {@link java.net.URI}. */
public final class Urls {

  private Urls() {}

  /** The path of an absolute or origin-form URL, without query and fragment. */
  public static String path(String url) {
    if (url == null || url.isEmpty()) {
      return "/";
    }
    int start = 0;
    int scheme = url.indexOf("://");
    if (scheme > 0 && scheme < 10) {
      int slash = url.indexOf('/', scheme + 3);
      if (slash < 0) {
        return "/";
      }
      start = slash;
    }
    int end = url.length();
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String p = url.substring(start, end);
    return p.isEmpty() ? "/" : p;
  }
}
