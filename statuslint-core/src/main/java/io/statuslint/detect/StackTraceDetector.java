package io.statuslint.detect;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds stack traces and exception dumps: Java, Kotlin, Scala, Python, .NET, Node.js, PHP, Ruby, Go
 * and Rust, as plain text, inside JSON strings (escaped or real newlines) and in HTML pages.
 *
 * <p>What counts is a runtime's own trace shape, never a word: a frame with a source location
 * ({@code at com.acme.Foo.bar(Foo.java:42)}, {@code File "/app/x.py", line 3},
 * {@code at f (/srv/a.js:1:2)}, {@code /app/x.rb:3:in `show'}, {@code main.go:4 +0x2e}), a runtime's
 * crash header ({@code Traceback (most recent call last):}, {@code goroutine 1 [running]:},
 * {@code thread 'main' panicked at}, PHP's {@code Stack trace: #0}), a trace serialised as JSON
 * frames, or a qualified exception type followed by its message ({@code java.lang.IllegalStateException:
 * …}). A bare error name ({@code "InvalidParameterException"}, {@code NotFoundError: …}) is an error
 * code, not a dump.
 *
 * <p>Stateless and thread-safe.
 */
public final class StackTraceDetector {

  private static final int PYTHON = 0;
  private static final int JVM = 1;
  private static final int DOTNET = 2;
  private static final int NODE = 3;
  private static final int PHP = 4;
  private static final int RUBY = 5;
  private static final int GO = 6;
  private static final int RUST = 7;
  private static final int JSON_FRAMES = 8;
  private static final int DUMP = 9;
  private static final int ELIXIR = 10;

  /** Escape-proof words of each format (groups 0..9 of {@link LeakTriggers}): no quote, newline or slash. */
  static TriggerTokens.Builder addTriggers(TriggerTokens.Builder b) {
    return b
      .add(PYTHON, "Traceback", ", line ")
      // Kotlin and Groovy frames come under a header naming an Exception or an Error.
      .add(JVM, ".java:", ".java)", ".scala:", ".groovy:", "Native Method", "Unknown Source", "stackTrace", "Exception",
          "Error: ")
      .add(DOTNET, ":line ", "--- End of ", "Stack Trace:", "Exception")
      .add(NODE, ".js:1", ".js:2", ".js:3", ".js:4", ".js:5", ".js:6", ".js:7", ".js:8", ".js:9", ".ts:1", ".ts:2",
          ".ts:3", ".ts:4", ".ts:5", ".ts:6", ".ts:7", ".ts:8", ".ts:9", ".mjs:", ".cjs:", "(node:", "(<anonymous>",
          "(internal/", "[eval]")
      .add(PHP, "Stack trace", "Uncaught ", ".php(")
      .add(RUBY, ".rb:1", ".rb:2", ".rb:3", ".rb:4", ".rb:5", ".rb:6", ".rb:7", ".rb:8", ".rb:9", "erb:1", "erb:2",
          "erb:3", "erb:4", "erb:5", "erb:6", "erb:7", "erb:8", "erb:9")
      // ".go:N" also triggers pkg/errors' "%+v" frames, which have no goroutine header.
      .add(GO, "goroutine ", "panic: ", ".go:1", ".go:2", ".go:3", ".go:4", ".go:5", ".go:6", ".go:7", ".go:8",
          ".go:9")
      .add(RUST, "panicked at", "stack backtrace")
      .add(JSON_FRAMES, "\"trace", "\"stack", "\"backtrace\"", "\"frames\"")
      .add(DUMP, "Exception", "Error: ", "Throwable")
      .add(ELIXIR, ".ex:1", ".ex:2", ".ex:3", ".ex:4", ".ex:5", ".ex:6", ".ex:7", ".ex:8", ".ex:9", ".exs:");
  }

  private static final long ALL_GROUPS = (1L << (ELIXIR + 1)) - 1;

  /** A qualified exception type as JVM and .NET runtimes print it before the message. */
  static final Pattern JVM_TYPE = Pattern.compile(
      "\\b(?:(?:java|javax|jakarta|kotlin|kotlinx|scala|groovy|clojure|sun|jdk|android|dalvik)\\.(?:[a-z_][\\w$]*\\.)*"
          + "|(?:[a-z_][\\w$]*\\.){2,})[A-Z][\\w$]*(?:Exception|Error|Throwable|Failure)\\b");
  static final Pattern DOTNET_TYPE = Pattern.compile(
      "\\b(?:(?:System|Microsoft|Newtonsoft|Npgsql|MySqlConnector|MySql|Oracle|Amazon|Azure|Google|Grpc|Polly)"
          + "(?:\\.[A-Z]\\w*)*|[A-Z]\\w*(?:\\.[A-Z]\\w*){2,})\\.[A-Z]\\w*Exception\\b");

  private static final List<Shape> SHAPES = List.of(
      // The colon is optional: Werkzeug's debugger page writes "Traceback <em>(most recent call last)</em>".
      new Shape(PYTHON, "Python traceback", "Traceback \\(most recent call last\\)", 0, 40, "Traceback ("),
      new Shape(PYTHON, "Python traceback",
          "\\bFile \"?(?:[^\"\\n,]{1,300}?\\.py[cwi]?|<[\\w\\s-]{1,40}>)\"?, line \\d+"
              + "|\\bFile \"[^\"\\n]{1,300}\", line \\d+, in [\\w<>. -]+"
              // Starlette's debug page: "<span>/app/main.py</span>, line <i>12</i>, in <b>ratio</b>".
              + "|(?:^|[\\s>])/[^\\s\"<>,]{1,300}?\\.py, line \\d+, in [\\w<>]+", 320, 60, ", line "),
      new Shape(JVM, null,
          "(?:^|[\\s>(])(?:at\\s+)?(?:[\\w.$-]++(?:@[\\w.-]++)?/{1,2})?(?:[A-Za-z_$][\\w$]*\\.)+[\\w$<>-]+"
              + "\\((?:[\\w$.-]+\\.(java|kt|kts|scala|groovy|clj|cljc)(?::-?\\d+)?|Native Method|Unknown Source"
              + "|Compiled Code)\\)", 400, 30, ".java:", ".java)", ".kt:", ".kt)", ".kts:", ".scala:", ".scala)",
          ".groovy:", ".clj:", ".cljc:", "(Native Method)", "(Unknown Source)", "(Compiled Code)"),
      new Shape(JVM, "Java stack trace",
          "<(?:[\\w-]+:)?frame\\b[^>]*\\bfile=\"[\\w$.-]+\\.(?:java|kt|scala)\"[^>]*\\bline=\"-?\\d+\"", 300, 300,
          "frame "),
      new Shape(RUST, "Rust panic", "thread '[^'\\n]{0,100}'(?: \\(\\d+\\))? panicked at ", 130, 20, "' panicked at ",
          ") panicked at "),
      new Shape(RUST, "Rust backtrace", "stack backtrace:\\s*\\n\\s*0: ", 0, 60, "stack backtrace:"),
      new Shape(GO, "Go panic", "goroutine \\d+ \\[[^\\]\\n]{1,80}\\]:", 0, 110, "goroutine "),
      new Shape(GO, "Go stack trace", "\\.go:\\d+ \\+0x[0-9a-f]+", 0, 40, ".go:"),
      // github.com/pkg/errors "%+v" (and cockroachdb/errors): a function line, then "<TAB>/path/x.go:41".
      new Shape(GO, "Go stack trace", "(?m)^[\\w.@/-]+\\.(?:\\(\\*?\\w+\\)\\.)?[\\w.]+\\r?\\n\\t[^\\s]+\\.go:\\d+\\r?$",
          300, 20, ".go:"),
      new Shape(GO, "Go panic", "(?m)^panic: (?:runtime error: |[^\\n]{0,200}\\[recovered\\])", 0, 230, "panic: "),
      new Shape(DOTNET, ".NET stack trace",
          "(?m)^[ \\t]*at[ \\t]+[^\\s(]+\\([^()\\n]*\\)[ \\t]+in[ \\t]+[^\\n]+?:line[ \\t]+\\d+", 600, 30, ":line "),
      new Shape(DOTNET, ".NET stack trace",
          "--- End of (?:inner exception )?stack trace(?: from previous location)?(?: where exception was thrown)? ---",
          0, 90, "--- End of "),
      new Shape(DOTNET, ".NET stack trace",
          "(?m)^[ \\t]+(?:[\\w`<>$]+\\.)+[\\w`<>$]+\\([^()\\n]*\\)[ \\t]+(?:\\+\\d+|in [^\\n]+?:\\d+)[ \\t]*$", 400, 300,
          ") +", ") in "),
      new Shape(DOTNET, ".NET stack trace",
          "(?m)(?:^[ \\t]*at[ \\t]+(?:[\\w`<>$|\\[\\],+-]+\\.)+[\\w`<>$|\\[\\],+-]+\\([^()\\n]*\\)[ \\t]*\\r?\\n){2}",
          10, 800, "   at "),
      new Shape(PHP, "PHP stack trace", "Stack trace:\\s*#0 ", 0, 20, "Stack trace:"),
      new Shape(PHP, "PHP stack trace", "(?m)^#\\d+ (?:[^\\n(]+\\.php\\(\\d+\\)|\\[internal function\\]): ", 300, 20,
          ".php(", "[internal function]"),
      new Shape(PHP, "PHP stack trace",
          "(?:PHP )?Fatal error: +Uncaught [^\\n]{1,300}? in [^\\n]+?\\.php(?::\\d+| on line \\d+)", 20, 700,
          "Fatal error:"),
      new Shape(RUBY, "Ruby backtrace",
          "(?:^|[\\s'\"\\[(>])(?:[\\w./@+-]*/)?[\\w.+-]+\\.(?:rb|erb|rake|ru|haml|slim|jbuilder):\\d+:in [`'][^'\\n]{1,200}'",
          300, 210, ":in `", ":in '"),
      new Shape(NODE, "Node.js stack trace",
          "(?m)(?:^|(?<=\"))[ \\t]*at[ \\t]+(?:async[ \\t]+)?(?:new[ \\t]+)?"
              + "(?:[^\\s()]+(?:[ \\t]\\[as[ \\t][^\\]\\n]+\\])?[ \\t]+"
              + "\\((?:" + Shape.NODE_LOCATION + "|<anonymous>|native|index \\d+)\\)|" + Shape.NODE_LOCATION + ")",
          // Also one frame per JSON string (Apollo "stacktrace", Lambda "stackTrace" arrays).
          10, 400, "   at ", "\"at "),
      new Shape(JSON_FRAMES, null,
          "\"(?:file|fileName|filename|file_name)\"\\s*:\\s*\"[^\"\\n]{1,300}?\\.(php|py|rb|[cm]?js|ts|java|kt|scala"
              + "|groovy|cs|go|rs)\"\\s*,\\s*\"(?:line|lineNumber|lineno|line_number)\"\\s*:\\s*\"?-?\\d+", 400, 40,
          "\"line"),
      // Elixir/Phoenix: "(my_app 0.1.0) lib/my_app/orders.ex:12: MyApp.Orders.get/1" (not in RULES.md's
      // list of runtimes, but the same leak; the shape is unmistakable).
      new Shape(ELIXIR, "Elixir stack trace",
          "\\([\\w-]+ \\d+\\.\\d+[\\w.+-]*\\) [\\w/.-]+\\.exs?:\\d+: (?:[A-Z]\\w*\\.)+[\\w!?]+/\\d+", 60, 200,
          ".ex:", ".exs:"));

  private static final Pattern JSON_TRACE_KEY = Pattern.compile(
      "\"(?:trace|traces|stack|stackTrace|stack_trace|backtrace|frames)\"\\s*:\\s*[\\[{]");

  /** A qualified exception type and the start of its message, tried around the words such types end in. */
  private static final AnchoredPattern DUMP_HEADER = new AnchoredPattern(
      "(?:" + JVM_TYPE.pattern() + "|" + DOTNET_TYPE.pattern() + ")(?:\\s*\\(0x[0-9A-Fa-f]{8}\\))?: +\\S", 200, 30,
      "Exception", "Error:", "Throwable:", "Failure:");

  /** Finds the first stack trace or exception dump in {@code text} (its first 64 Ki characters). */
  public Optional<Leak> find(String text) {
    return find(ScanText.of(text));
  }

  public Optional<Leak> find(ScanText text) {
    long groups = text.triggers() & ALL_GROUPS;
    if (groups == 0) {
      return Optional.empty();
    }
    String plain = text.plain();
    for (Shape shape : SHAPES) {
      if ((groups & (1L << shape.group)) == 0) {
        continue;
      }
      Matcher m = shape.pattern.find(plain);
      if (m == null || shape.group == JSON_FRAMES && !JSON_TRACE_KEY.matcher(plain).find()) {
        continue;
      }
      return Optional.of(new Leak(shape.kind(m), snippet(plain, m.start(), m.end())));
    }
    if ((groups & (1L << DUMP)) != 0) {
      return exceptionDump(plain);
    }
    return Optional.empty();
  }

  /** A qualified exception type followed by its message, e.g. what {@code e.toString()} returns. */
  private static Optional<Leak> exceptionDump(String plain) {
    Matcher m = DUMP_HEADER.find(plain);
    if (m == null) {
      return Optional.empty();
    }
    String type = plain.substring(m.start(), m.end()).replaceFirst("(?s)\\s*(?:\\(0x[0-9A-Fa-f]{8}\\))?: +\\S$", "");
    String kind = DOTNET_TYPE.matcher(type).matches() && !JVM_TYPE.matcher(type).matches() ? ".NET exception"
        : jvmKind(type);
    int end = plain.indexOf('\n', m.end());
    return Optional.of(new Leak(kind, plain.substring(m.start(), end < 0 ? Math.min(plain.length(), m.end() + 200)
        : Math.min(end, m.end() + 200))));
  }

  private static String jvmKind(String type) {
    if (type.startsWith("kotlin")) {
      return "Kotlin exception";
    }
    if (type.startsWith("scala.")) {
      return "Scala exception";
    }
    if (type.matches("(?:java|javax|jakarta|sun|jdk|org|com|net|io)\\..*")) {
      return "Java exception";
    }
    return "exception dump";
  }

  /**
   * The matched frame with the line before it when that line is its header ("TypeError: …",
   * "java.lang.IllegalStateException: …"), so the evidence names the exception.
   */
  private static String snippet(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (lineStart > 0) {
      int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      String prev = text.substring(prevStart, lineStart).trim();
      if (!prev.isEmpty() && prev.length() <= 300 && (JVM_TYPE.matcher(prev).lookingAt()
          || DOTNET_TYPE.matcher(prev).lookingAt() || prev.matches("(?s)[A-Z]\\w*(?:Error|Exception)\\b.*"))) {
        start = prevStart;
      }
    }
    end = lineEnd(text, end);
    if (end - start < 60 && end < text.length()) {
      end = lineEnd(text, end + 1); // a header alone ("Traceback …:") says less than its first frame
    }
    return text.substring(start, Math.min(end, start + 400));
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return Math.min(nl < 0 ? text.length() : nl, from + 200);
  }

  /** One trace shape: the group whose tokens trigger it, what it is called, and its pattern. */
  private record Shape(int group, String fixedKind, AnchoredPattern pattern) {

    static final String NODE_LOCATION = "(?:file://|node:|\\[eval\\]|[A-Za-z]:\\\\|/|\\.{1,2}/|internal/"
        + "|webpack(?:-internal)?://|[\\w@.-]+/|[\\w.-]+\\.(?:[cm]?js|jsx|tsx?|vue|svelte)\\b)[^()\\n]*?:\\d+:\\d+";

    Shape(int group, String fixedKind, String regex, int before, int after, String... anchors) {
      this(group, fixedKind, new AnchoredPattern(regex, before, after, anchors));
    }

    /** Shapes without a fixed kind name it from the source file's extension. */
    String kind(Matcher m) {
      if (fixedKind != null) {
        return fixedKind;
      }
      String ext = m.group(1) == null ? "java" : m.group(1);
      return switch (ext) {
        case "kt", "kts" -> "Kotlin stack trace";
        case "scala" -> "Scala stack trace";
        case "groovy" -> "Groovy stack trace";
        case "clj", "cljc" -> "Clojure stack trace";
        case "php" -> "PHP stack trace";
        case "py" -> "Python traceback";
        case "rb" -> "Ruby backtrace";
        case "js", "cjs", "mjs", "ts" -> "Node.js stack trace";
        case "cs" -> ".NET stack trace";
        case "go" -> "Go stack trace";
        case "rs" -> "Rust backtrace";
        default -> "Java stack trace";
      };
    }
  }
}
