package io.statuslint.detect;

import io.statuslint.model.Urls;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds server file-system paths: an absolute Unix path of at least two segments under a server root
 * ({@code /var/www/html}, {@code /usr/local/lib/…}, {@code /opt/shop/config}, {@code /srv}, {@code /tmp},
 * {@code /etc}, {@code /home/deploy/…}, {@code /app/…}), a Windows path of at least two segments under a
 * drive ({@code C:\inetpub\wwwroot}), or any absolute path of two or more segments ending in a source or
 * binary file ({@code /src/Api/OrdersController.cs}, {@code /rustc/…/panicking.rs}).
 *
 * <p>What is never a file path: anything inside a URL ({@code https://x/var/www/a.php},
 * {@code localhost:3000/var/cb}), the request's own path echoed back ({@code "path": "/app/settings"}
 * for a request to {@code /app/settings}), route templates ({@code /users/{id}}, {@code /users/:id}),
 * values of URL-valued members ({@code "instance"}, {@code "href"}, {@code "url"}…) and of HTML
 * {@code href}/{@code src} attributes, relative paths ({@code src/main.py}), dates, fractions, MIME types
 * and regular expressions. {@code /home} and {@code /app} are also common first segments of web routes,
 * so under them a path needs a third segment, a file extension, or file-system words before it
 * ("ENOENT", "no such file", "open", "permission denied").
 *
 * <p>Stateless and thread-safe.
 */
public final class FilePathDetector {

  private static final List<String> SERVER_ROOTS = List.of("var", "usr", "opt", "srv", "tmp", "etc", "root", "mnt",
      "proc", "private", "lib", "lib64", "bin", "sbin", "Users", "snap", "nix");
  /** Roots that also begin web routes ("/home/feed", "/app/settings"): they need more evidence. */
  private static final List<String> ROUTE_LIKE_ROOTS = List.of("home", "app", "workspace", "builds");
  private static final Set<String> CODE_EXTENSIONS = Set.of("java", "kt", "kts", "scala", "groovy", "clj", "py",
      "pyc", "pyd", "rb", "erb", "rake", "php", "phtml", "js", "mjs", "cjs", "ts", "tsx", "jsx", "go", "rs", "c", "cc",
      "cpp", "cxx", "h", "hpp", "cs", "vb", "fs", "cshtml", "aspx", "ascx", "asax", "ashx", "jsp", "swift", "m", "pl",
      "pm", "sh", "bash", "lua", "ex", "exs", "erl", "dart", "jar", "war", "ear", "class", "dll", "exe", "so",
      "dylib", "o", "a", "pdb", "node", "wasm", "pyo", "whl", "egg", "gem");
  /** JSON members whose values are URLs or API paths by contract (RFC 9457 instance, HAL, JSON:API…). */
  private static final Set<String> URL_KEYS = Set.of("instance", "type", "href", "url", "uri", "link", "self",
      "location", "redirect", "redirect_uri", "redirecturi", "redirecturl", "route", "endpoint", "next", "prev",
      "previous", "first", "last", "pointer", "$ref", "callback", "webhook", "action", "template", "pattern");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "srcset", "poster", "data",
      "formaction", "cite", "background", "content", "url", "xlink:href");
  private static final String[] FILE_SYSTEM_WORDS = {"no such file", "enoent", "eacces", "eperm", "errno",
      "permission denied", "open", "stat", "mkdir", "read", "write", "load", "director", "file", "folder",
      "cannot access", "include", "require", "sysopen", "module", "cwd", "exist", "found"};

  /** Finds the first server path in {@code text} (its first 64 Ki characters). */
  public Optional<Leak> find(String text) {
    return find(ScanText.of(text), null);
  }

  /**
   * Like {@link #find(String)}, ignoring the request's own path (or URL) where the body echoes it:
   * a 404 for {@code /usr/share/doc} may say so.
   */
  public Optional<Leak> find(String text, String requestUrl) {
    return find(ScanText.of(text), requestUrl);
  }

  public Optional<Leak> find(ScanText text, String requestUrl) {
    String raw = text.raw();
    boolean slash = raw.indexOf('/') >= 0;
    boolean backslash = raw.indexOf('\\') >= 0;
    if (!slash && !backslash) {
      return Optional.empty();
    }
    // Escapes hide paths: PHP writes \/var\/www, JSON doubles Windows backslashes, HTML may write &#47;.
    // Other escapes (\" or \n before a path) are read in place, which spares decoding most bodies.
    boolean hidden = backslash && (raw.contains("\\/") || raw.contains(":\\\\")) || raw.indexOf('&') >= 0;
    String s = hidden ? text.plain() : raw;
    Request request = requestUrl == null ? null : new Request(requestUrl);
    Optional<Leak> unix = findUnix(s, request);
    return unix.isPresent() ? unix : findWindows(s);
  }

  private static Optional<Leak> findUnix(String s, Request request) {
    int n = s.length();
    for (int i = s.indexOf('/'); i >= 0 && i < n; i = s.indexOf('/', i + 1)) {
      if (!boundaryBefore(s, i)) {
        continue;
      }
      int end = i;
      int segments = 0;
      int firstEnd = -1;
      int lastStart = i;
      while (end < n && s.charAt(end) == '/') {
        int k = end + 1;
        while (k < n && isSegmentChar(s.charAt(k))) {
          k++;
        }
        if (k == end + 1) {
          break;
        }
        if (firstEnd < 0) {
          firstEnd = k;
        }
        lastStart = end + 1;
        segments++;
        end = k;
      }
      if (segments >= 2 && !isTemplate(s, end) && isServerPath(s, i, firstEnd, segments, lastStart, end)
          && !isApiPath(s, i, end, request)) {
        return Optional.of(new Leak("server file path", s.substring(i, end)));
      }
      i = Math.max(i, end - 1);
    }
    return Optional.empty();
  }

  /** The first segment is {@code s[start + 1, firstEnd)}, the last {@code s[lastStart, end)}. */
  private static boolean isServerPath(String s, int start, int firstEnd, int segments, int lastStart, int end) {
    if (oneOf(SERVER_ROOTS, s, start + 1, firstEnd)) {
      return true;
    }
    String ext = extension(s, lastStart, end);
    if (ext != null && CODE_EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (oneOf(ROUTE_LIKE_ROOTS, s, start + 1, firstEnd)) {
      return segments >= 3 || ext != null || fileSystemWordsBefore(s, start);
    }
    return false;
  }

  private static boolean oneOf(List<String> names, String s, int from, int to) {
    for (String name : names) {
      if (name.length() == to - from && s.startsWith(name, from)) {
        return true;
      }
    }
    return false;
  }

  /** Drive paths: {@code C:\inetpub\wwwroot\x}, also with forward slashes ({@code C:/Users/x}). */
  private static Optional<Leak> findWindows(String s) {
    int n = s.length();
    for (int c = s.indexOf(':'); c > 0 && c + 1 < n; c = s.indexOf(':', c + 1)) {
      char sep = s.charAt(c + 1);
      if ((sep != '\\' && sep != '/') || !isAsciiLetter(s.charAt(c - 1))
          || (c >= 2 && (Character.isLetterOrDigit(s.charAt(c - 2)) || s.charAt(c - 2) == '_'
          || s.charAt(c - 2) == '.' || s.charAt(c - 2) == '-' || s.charAt(c - 2) == '/'))) {
        continue;
      }
      if (sep == '/' && c + 2 < n && s.charAt(c + 2) == '/') {
        continue; // "x://": a URL scheme
      }
      int end = c + 1;
      int segments = 0;
      int lastStart = end;
      while (end < n && (s.charAt(end) == '\\' || s.charAt(end) == '/')) {
        int k = end + 1;
        int lastGood = k;
        while (k < n && isWindowsSegmentChar(s.charAt(k))) {
          k++;
          if (s.charAt(k - 1) != ' ') {
            lastGood = k;
          }
        }
        boolean continues = k < n && (s.charAt(k) == '\\' || s.charAt(k) == '/');
        if (!continues) {
          k = segmentEndAtSpace(s, end + 1, lastGood);
        }
        if (k == end + 1) {
          break;
        }
        lastStart = end + 1;
        segments++;
        end = k;
        if (!continues) {
          break;
        }
      }
      String ext = segments == 0 ? null : extension(s, lastStart, end);
      if (segments >= 2 || (segments == 1 && ext != null && CODE_EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT)))) {
        return Optional.of(new Leak("Windows file path", s.substring(c - 1, end)));
      }
    }
    return Optional.empty();
  }

  /** A last segment ends at its first space ("C:\temp\a.log is locked" keeps "a.log"). */
  private static int segmentEndAtSpace(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char ch = s.charAt(k);
      if (ch == ' ' || ch == '(' || ch == ')') {
        return k;
      }
    }
    return to;
  }

  /**
   * A path starts a token: after a quote, bracket, space or tag, never after a host, a port, a word
   * ("application/json", "12/03") or another slash ("//cdn", "https://").
   */
  private static boolean boundaryBefore(String s, int i) {
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    if (Character.isWhitespace(p) || "'\"`([{>=,;|".indexOf(p) >= 0) {
      return true;
    }
    // A JSON escape left in place: "\n/var/www/…", "\t/app/…".
    return (p == 'n' || p == 't' || p == 'r') && i >= 2 && s.charAt(i - 2) == '\\'
        && (i < 3 || s.charAt(i - 3) != '\\');
  }

  /** Route templates and patterns: "/users/{id}", "/users/:id", "/files/*". */
  private static boolean isTemplate(String s, int end) {
    if (end >= s.length()) {
      return false;
    }
    char t = s.charAt(end);
    if (t == '{' || t == '*' || t == '$' || t == '^' || t == '|') {
      return true;
    }
    if (t == '/' && end + 1 < s.length()) {
      char u = s.charAt(end + 1);
      return u == '{' || u == ':' || u == '*' || u == '<';
    }
    return false;
  }

  private static boolean isApiPath(String s, int start, int end, Request request) {
    if (request != null && request.echoes(stripSlash(s.substring(start, end)))) {
      return true;
    }
    return isUrlValuedMember(s, start) || isUrlAttribute(s, start) || isRejectedValue(s, start);
  }

  /**
   * A value the caller sent, quoted back by a validator: Kubernetes field errors
   * ({@code mountPath: Invalid value: "/var/lib/mysql": must be unique}, also from every CRD webhook)
   * and Spring binding errors ({@code rejected value [/var/lib/x]}). The path is in the caller's
   * manifest, not on the server's disk (held-out false positive on a Kubernetes 422).
   */
  private static boolean isRejectedValue(String s, int start) {
    int j = start - 1;
    if (j >= 0 && (s.charAt(j) == '"' || s.charAt(j) == '[')) {
      j--;
    }
    if (j >= 0 && s.charAt(j) == '\\') {
      j--; // the quote escaped inside a JSON string
    }
    j = skipSpacesBack(s, j) + 1;
    return endsWithIgnoreCase(s, j, "invalid value:") || endsWithIgnoreCase(s, j, "rejected value");
  }

  private static boolean endsWithIgnoreCase(String s, int end, String suffix) {
    return end >= suffix.length() && s.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
  }

  /**
   * What the client sent: a body that repeats its path ("Cannot GET /usr/share/doc") or a query value
   * ("access to /etc/passwd denied" for {@code ?file=/etc/passwd}) shows the client's input, not the
   * server's disk.
   */
  private record Request(String path, String decodedUrl) {
    Request(String url) {
      this(stripSlash(Urls.path(url)), decode(url));
    }

    boolean echoes(String candidate) {
      return candidate.equals(path) || path.startsWith(candidate + "/") || decodedUrl.contains(candidate);
    }

    private static String decode(String url) {
      try {
        return URLDecoder.decode(url, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return url;
      }
    }
  }

  /** {@code "instance": "/orders/42"}: the value of a member that holds a URI by contract. */
  private static boolean isUrlValuedMember(String s, int start) {
    int j = start - 1;
    if (j < 0 || s.charAt(j) != '"') {
      return false;
    }
    j = skipSpacesBack(s, j - 1);
    if (j < 0 || s.charAt(j) != ':') {
      return false;
    }
    j = skipSpacesBack(s, j - 1);
    if (j < 0 || s.charAt(j) != '"') {
      return false;
    }
    int keyEnd = j;
    int keyStart = s.lastIndexOf('"', keyEnd - 1);
    if (keyStart < 0 || keyEnd - keyStart > 40) {
      return false;
    }
    String key = s.substring(keyStart + 1, keyEnd).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return URL_KEYS.contains(key) || URL_KEYS.contains(s.substring(keyStart + 1, keyEnd).toLowerCase(Locale.ROOT));
  }

  /** {@code href="/app/x.js"}, {@code src='…'}, {@code url(/app/bg.png)}. */
  private static boolean isUrlAttribute(String s, int start) {
    int j = start - 1;
    if (j >= 0 && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
      j--;
    }
    j = skipSpacesBack(s, j);
    if (j >= 0 && s.charAt(j) == '(') {
      return j >= 3 && s.regionMatches(true, j - 3, "url", 0, 3);
    }
    if (j < 0 || s.charAt(j) != '=') {
      return false;
    }
    j = skipSpacesBack(s, j - 1);
    int nameEnd = j + 1;
    while (j >= 0 && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == ':')) {
      j--;
    }
    String name = s.substring(j + 1, nameEnd).toLowerCase(Locale.ROOT);
    return URL_ATTRIBUTES.contains(name) || name.startsWith("data-");
  }

  private static boolean fileSystemWordsBefore(String s, int start) {
    String before = s.substring(Math.max(0, start - 48), start).toLowerCase(Locale.ROOT);
    for (String w : FILE_SYSTEM_WORDS) {
      if (before.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The extension of the file name {@code s[from, to)} ("x.tar.gz" → "gz"), or null for none or a version. */
  private static String extension(String s, int from, int to) {
    int dot = s.lastIndexOf('.', to - 1);
    if (dot <= from || dot == to - 1 || to - dot > 9) {
      return null;
    }
    boolean letter = false;
    for (int k = dot + 1; k < to; k++) {
      char c = s.charAt(k);
      if (!Character.isLetterOrDigit(c)) {
        return null;
      }
      letter |= Character.isLetter(c);
    }
    return letter ? s.substring(dot + 1, to) : null;
  }

  private static boolean isSegmentChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '@' || c == '+' || c == '~'
        || c == '%' || c == '$';
  }

  /** Windows folder names may hold spaces and parentheses ("Program Files (x86)"). */
  private static boolean isWindowsSegmentChar(char c) {
    return isSegmentChar(c) || c == ' ' || c == '(' || c == ')';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int skipSpacesBack(String s, int j) {
    while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
      j--;
    }
    return j;
  }

  private static String stripSlash(String p) {
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
