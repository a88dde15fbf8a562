package io.statuslint.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StackTraceDetectorTest {

  private final StackTraceDetector detector = new StackTraceDetector();

  /** Output captured from real runtimes (see the fixtures' README) and written from their formats. */
  @ParameterizedTest
  @CsvSource({
      "python-traceback.txt, Python traceback",
      "python-traceback.json, Python traceback",
      "python-sqlite-integrity.txt, Python traceback",
      "django-programming-error.txt, Python traceback",
      "node-typeerror.txt, Node.js stack trace",
      "node-typeerror.json, Node.js stack trace",
      "node-eval.txt, Node.js stack trace",
      "node-legacy.txt, Node.js stack trace",
      "express-dev-error.html, Node.js stack trace",
      "java-wrapped.txt, Java stack trace",
      "spring-boot-trace.json, Java stack trace",
      "tomcat-error-page.html, Java stack trace",
      "dotnet-exception.txt, .NET stack trace",
      "aspnet-problem-exception.json, .NET stack trace",
      "aspnet-ysod.html, .NET stack trace",
      "php-uncaught.txt, PHP stack trace",
      "php-uncaught.html, PHP stack trace",
      "laravel-debug.json, PHP stack trace",
      "ruby-nomethod.txt, Ruby backtrace",
      "rails-dev-error.txt, Ruby backtrace",
      "go-panic.txt, Go panic",
      "go-http-panic.txt, Go panic",
      "rust-panic.txt, Rust panic",
      "rust-legacy-panic.txt, Rust panic",
  })
  void findsRealTraces(String fixture, String kind) {
    Optional<Leak> leak = detector.find(Fixtures.read(fixture));
    assertTrue(leak.isPresent(), fixture);
    assertEquals(kind, leak.get().kind(), fixture);
  }

  @Test
  void evidenceNamesTheExceptionAndItsFirstFrame() {
    Leak leak = detector.find(Fixtures.read("java-wrapped.txt")).orElseThrow();
    assertTrue(leak.snippet().startsWith("java.lang.IllegalStateException: could not place order 42"), leak.snippet());
    assertTrue(leak.snippet().contains("at com.acme.orders.OrderService.place(OrderService.java:8)"), leak.snippet());
  }

  @Test
  void namesKotlinAndScalaByTheirFrames() {
    assertEquals("Kotlin stack trace", detector.find(
        "kotlin.KotlinNullPointerException\n\tat com.acme.api.OrdersRouteKt$orders$1.invokeSuspend(OrdersRoute.kt:42)")
        .orElseThrow().kind());
    assertEquals("Scala stack trace", detector.find(
        "scala.MatchError: Pending\n\tat controllers.OrderController.$anonfun$show$1(OrderController.scala:27)")
        .orElseThrow().kind());
  }

  @Test
  void findsJava9ModuleFramesAndFramesWithoutSource() {
    assertTrue(detector.find("java.lang.RuntimeException: x\n\tat java.base/java.lang.Thread.run(Thread.java:833)")
        .isPresent());
    assertTrue(detector.find("java.lang.NullPointerException\n\tat jdk.internal.reflect.GeneratedMethodAccessor12"
        + ".invoke(Unknown Source)").isPresent());
  }

  @Test
  void findsFramesSquashedOntoOneLine() {
    assertTrue(detector.find("{\"error\":\"java.lang.NullPointerException at com.acme.Foo.total(Foo.java:88)\"}")
        .isPresent());
  }

  @Test
  void findsAnExceptionDumpWithoutFrames() {
    Leak leak = detector.find("{\"message\":\"java.lang.IllegalArgumentException: No enum constant com.acme.S.X\"}")
        .orElseThrow();
    assertEquals("Java exception", leak.kind());
    assertEquals(".NET exception", detector.find("System.FormatException: Input string was not in a correct format.")
        .orElseThrow().kind());
  }

  @Test
  void findsJsonSerialisedFrames() {
    assertEquals("Java stack trace", detector.find("{\"stackTrace\":[{\"methodName\":\"find\",\"fileName\":"
        + "\"OrderRepository.java\",\"lineNumber\":57,\"className\":\"com.acme.OrderRepository\"}]}").orElseThrow().kind());
  }

  @Test
  void findsTracesInOtherCommonShapes() {
    assertTrue(detector.find("{\"error\":\"Traceback (most recent call last):\"}").isPresent());
    assertEquals("Java stack trace", detector.find("2024-05-02 ERROR c.a.Api - boom\njava.lang.IllegalStateException: x"
        + "\n\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:166)"
        + " ~[tomcat-embed-core-10.1.19.jar:10.1.19]").orElseThrow().kind());
    assertEquals("Ruby backtrace", detector.find("/app/models/order.rb:12:in 'Order#total': undefined method 'name'"
        + " for nil (NoMethodError)").orElseThrow().kind());
    assertEquals("Go panic", detector.find("http: panic serving 10.0.0.1:5123: runtime error: invalid memory address\n"
        + "goroutine 7 [running]:\nnet/http.(*conn).serve.func1()").orElseThrow().kind());
    assertEquals("Node.js stack trace", detector.find("Error: ENOENT: no such file or directory, open '/app/x'\n"
        + "    at Object.openSync (node:fs:596:3)").orElseThrow().kind());
    assertEquals("Python traceback", detector.find("<pre>File &quot;/usr/lib/python3/dist-packages/django/core/handlers"
        + "/exception.py&quot;, line 55, in inner</pre>").orElseThrow().kind());
  }

  @Test
  void findsAGoroutineDumpInJson() {
    assertEquals("Go panic", detector.find("{\"error\":\"panic: boom\\n\\ngoroutine 18 [running]:\\nmain.h(...)\\n"
        + "\\t/app/main.go:27 +0x1d\"}").orElseThrow().kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"https://api.acme.com/probs/validation\",\"title\":\"Validation failed\",\"detail\":\"Field 'at' must"
          + " be an ISO date\",\"instance\":\"/orders/42\"}",
      "{\"message\":\"An unexpected exception occurred. Quote reference 7f3a.\"}",
      "{\"code\":\"InvalidParameterException\",\"message\":\"limit must be at most 100\"}",
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\",\"message\":\"not found\"}",
      "{\"error\":\"NotFoundError: order 42 does not exist\"}",
      "{\"detail\":\"File \\\"orders.csv\\\", line 12: invalid date\"}",
      "Don't panic: your payment was not taken. Try again at 10:30.",
      "{\"errors\":[{\"message\":\"Cannot query field\",\"locations\":[{\"line\":2,\"column\":3}]}]}",
      "{\"message\":\"JSON parse error: Unexpected character\\n at [Source: (PushbackInputStream); line: 1, column: 12]\"}",
      "{\"detail\":\"Use the format Module.Function(arg), e.g. Math.max(a, b)\"}",
      "{\"message\":\"Invalid reference com.acme.orders.Status: use OPEN or PAID\"}",
      "{\"error\":\"at least one of 'sku' or 'id' is required\"}",
      "{\"message\":\"Unsupported file main.java: upload a .zip archive\"}",
      "{\"message\":\"Goroutine pool exhausted, retry later\"}",
      "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>",
      "<p>Reading a Java stack trace; what a Python Traceback tells you</p>",
      "{\"detail\":\"Request timed out at 12:03:44 (Error: ETIMEDOUT)\"}",
      "{\"error\":\"ValidationError: name: Path `name` is required.\"}",
      "{\"detail\":\"see https://docs.python.org/3/library/traceback.html\"}",
      "PHP Warning:  Undefined variable $x in /var/www/html/a.php on line 3",
  })
  void leavesLookAlikesAlone(String body) {
    assertEquals(Optional.empty(), detector.find(body), body);
  }

  /** Shapes added after the held-out round (corpus-heldout), each checked on a fresh example. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "open config: permission denied\\nmain.loadConfig\\n\\t/build/cmd/api/main.go:88"
          + "\\nmain.main\\n\\t/build/cmd/api/main.go:31 | Go stack trace",
      "<h2 class=\"traceback\">Traceback <em>(most recent call last)</em></h2><ul><li>x</li></ul>"
          + " | Python traceback",
      "<p><span class=\"frame-filename\">/srv/api/routes.py</span>, line <i>7</i>, in <b>get_user</b></p>"
          + " | Python traceback",
      "{\"stack\":[\"Error: nope\",\"    at handler (/srv/fn/index.mjs:4:11)\"]} | Node.js stack trace",
      "{\"stack\":[\"Error: nope\",\"at handler (file:///srv/fn/index.mjs:4:11)\"]} | Node.js stack trace",
      "** (ArgumentError) bad\\n    (phoenix 1.7.10) lib/phoenix/router.ex:432: Phoenix.Router.__call__/5"
          + " | Elixir stack trace"})
  void findsTheShapesOfTheHeldOutRound(String body, String kind) {
    String text = body.replace("\\n", "\n").replace("\\t", "\t");
    assertEquals(kind, detector.find(text).orElseThrow(() -> new AssertionError(text)).kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"errors\":[\"at least 2 items are required\",\"at most 10 tags\"]}",
      "{\"error\":\"lint failed\\nmain.go:12: declared and not used: x\"}",
      "{\"detail\":\"upload.py, line 4, in your script is invalid\"}",
      "<p>Traceback IDs are kept for 30 days.</p>",
      "{\"message\":\"The Elixir client (ex_api 1.2.0) is deprecated; see lib/ex_api.ex\"}",
  })
  void leavesTheHeldOutRoundsLookAlikesAlone(String body) {
    assertEquals(Optional.empty(), detector.find(body), body);
  }
}
