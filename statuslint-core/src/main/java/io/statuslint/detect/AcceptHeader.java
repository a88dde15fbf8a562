package io.statuslint.detect;

import java.util.Locale;

/**
 * Reads what a request's {@code Accept} field prefers (RFC 9110 §12.5.1): the media ranges with the
 * highest quality value. Order within the field carries no preference; only {@code q} does.
 */
public final class AcceptHeader {

  private AcceptHeader() {}

  /**
   * Whether HTML is among the client's most preferred types and no JSON type ties with it: the
   * Accept of a browser navigation ({@code text/html,…,*}{@code /*;q=0.8}), not of an API client
   * that also takes HTML ({@code application/json, text/html}).
   */
  public static boolean prefersHtml(String accept) {
    Ranking r = rank(accept);
    return r != null && r.html && !r.json;
  }

  /**
   * Whether the client's most preferred types are only images, fonts or stylesheets: a request for
   * a static asset ({@code image/avif,image/webp,*}{@code /*}).
   */
  public static boolean prefersStaticAsset(String accept) {
    Ranking r = rank(accept);
    return r != null && r.asset && !r.html && !r.json && !r.other;
  }

  /** What the media ranges with the highest q-value are. */
  private static final class Ranking {
    boolean html;
    boolean json;
    boolean asset;
    boolean other;
  }

  private static Ranking rank(String accept) {
    if (accept == null || accept.isBlank()) {
      return null;
    }
    String[] ranges = accept.split(",");
    double best = 0;
    double[] q = new double[ranges.length];
    String[] types = new String[ranges.length];
    for (int i = 0; i < ranges.length; i++) {
      String[] parts = ranges[i].split(";");
      types[i] = parts[0].trim().toLowerCase(Locale.ROOT);
      q[i] = quality(parts);
      if (!types[i].isEmpty() && q[i] > best) {
        best = q[i];
      }
    }
    if (best <= 0) {
      return null;
    }
    Ranking r = new Ranking();
    for (int i = 0; i < ranges.length; i++) {
      if (q[i] != best || types[i].isEmpty()) {
        continue;
      }
      String t = types[i];
      if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
        r.html = true;
      } else if (t.equals("application/json") || t.endsWith("+json") || t.equals("text/json")) {
        r.json = true;
      } else if (t.startsWith("image/") || t.startsWith("font/") || t.equals("text/css")) {
        r.asset = true;
      } else if (!t.equals("*/*")) {
        r.other = true;
      }
    }
    return r;
  }

  /** The q parameter (RFC 9110 §12.4.2); 1 when absent, and 1 when malformed (it cannot rank lower). */
  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
        try {
          double v = Double.parseDouble(p.substring(2).trim());
          return v < 0 || v > 1 || Double.isNaN(v) ? 1 : v;
        } catch (NumberFormatException e) {
          return 1;
        }
      }
    }
    return 1;
  }
}
