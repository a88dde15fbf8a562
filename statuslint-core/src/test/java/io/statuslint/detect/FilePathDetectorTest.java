package io.statuslint.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilePathDetectorTest {

  private final FilePathDetector detector = new FilePathDetector();

  @ParameterizedTest
  @CsvSource({
      "python-traceback.txt, /app/shop/orders.py",
      "python-traceback.json, /app/shop/orders.py",
      "node-typeerror.json, /srv/api/src/server.js",
      "php-uncaught.html, /var/www/html/index.php",
      "php-pdo-sqlite.json, /var/www/html/index.php",
      "ruby-nomethod.txt, /srv/rails/app/models/order.rb",
      "go-panic.txt, /home/deploy/gosvc/main.go",
      "rust-panic.txt, /home/deploy/svc/src/main.rs",
      "aspnet-problem-exception.json, /src/Shop.Api/Controllers/CartController.cs",
      "laravel-debug.json, /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php",
      "express-dev-error.html, /srv/api/src/routes/orders.js",
  })
  void findsPathsInRealOutput(String fixture, String path) {
    assertEquals(path, detector.find(Fixtures.read(fixture)).orElseThrow().snippet(), fixture);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "dotnet-exception.txt | C:\\build\\shop\\src\\Shop.Api\\Services\\OrderService.cs",
      "aspnet-ysod.html | D:\\inetpub\\shop\\Default.aspx.cs",
  })
  void findsWindowsPaths(String fixture, String path) {
    Leak leak = detector.find(Fixtures.read(fixture)).orElseThrow();
    assertEquals("Windows file path", leak.kind());
    assertEquals(path, leak.snippet());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"error\":\"ENOENT: no such file or directory, open '/app/config/production.json'\"}",
      "{\"message\":\"open /etc/shop/secrets.yaml: permission denied\"}",
      "java.io.FileNotFoundException: /opt/shop/config/application.yml (No such file or directory)",
      "{\"detail\":\"[Errno 2] No such file or directory: '/tmp/uploads/8f2c/invoice.pdf'\"}",
      "{\"error\":\"Could not find file 'C:\\\\inetpub\\\\wwwroot\\\\App_Data\\\\orders.xml'.\"}",
      "{\"error\":\"Cannot find module 'C:/Users/build/shop/dist/server.js'\"}",
      "{\"file\":\"\\/srv\\/www\\/app\\/Http\\/Kernel.php\",\"line\":12}",
      "{\"error\":\"boom\\n/var/www/html/index.php:7\"}",
      "{\"message\":\"sh: 1: /usr/local/bin/wkhtmltopdf: not found\"}",
      "Template missing: /home/deploy/shop/templates/invoice.html",
      "{\"error\":\"cannot stat /app/config\"}",
      "loaded /rustc/5980/library/std/src/panicking.rs",
  })
  void findsServerPaths(String body) {
    assertTrue(detector.find(body).isPresent(), body);
  }

  @Test
  void findsTheServerPathBehindTheRequestedUrlPath() {
    assertTrue(detector.find("{\"error\":\"File not found: /var/www/static/img/logo.png\"}", "/static/img/logo.png")
        .isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"https://api.acme.com/probs/not-found\",\"status\":404,\"instance\":\"/orders/42/items\"}",
      "{\"instance\":\"/app/orders/42\"}",
      "{\"path\":\"/orders/42\"}",
      "{\"message\":\"No route for GET /users/{id}/orders\"}",
      "{\"message\":\"No route for GET /home/:section/feed\"}",
      "{\"detail\":\"Date must look like 12/03/2024\"}",
      "{\"detail\":\"Content type application/xml is not supported; use application/json\"}",
      "{\"detail\":\"ratio must be a fraction like 3/4 or 16/9\"}",
      "{\"detail\":\"name must match /^[a-z0-9-]+$/\"}",
      "{\"message\":\"See https://cdn.acme.com/var/www/app.php for details\"}",
      "{\"message\":\"Invalid redirect_uri http://localhost:3000/var/callback\"}",
      "{\"detail\":\"Unknown prefix /app\"}",
      "{\"detail\":\"The /var directory is not writable\"}",
      "{\"detail\":\"Document /home/welcome not found\"}",
      "{\"detail\":\"the archive must contain src/main.py and README.md\"}",
      "{\"detail\":\"Use paths such as ~/reports/q1.csv\"}",
      "{\"errors\":[{\"source\":{\"pointer\":\"/data/attributes/email\"}}]}",
      "<link rel=\"stylesheet\" href=\"/app/assets/index.css\"><script src=\"/app/assets/index-4f2a.js\"></script>",
      "<div style=\"background: url(/app/img/bg.png)\"></div>",
      "<html><body><h1>Not Found</h1><hr><center>nginx</center></body></html>",
      "{\"message\":\"No handler for /opt-out/confirm\"}",
      "{\"detail\":\"logo must be a data URL like data:image/png;base64,iVBORw0KGgo/A8AAQUBAScY42YAAAAASUVORK5CYII=\"}",
      "{\"detail\":\"Expected format HH:MM, e.g. 09:30\"}",
      "{\"_links\":{\"self\":{\"href\":\"/tmp-files/42\"}}}",
  })
  void leavesLookAlikesAlone(String body) {
    assertEquals(Optional.empty(), detector.find(body), body);
  }

  @Test
  void leavesAPathTheClientSentInTheQueryAlone() {
    String body = "{\"error\":\"Access to /etc/passwd is denied\"}";
    assertEquals(Optional.empty(), detector.find(body, "/download?file=%2Fetc%2Fpasswd"));
    assertTrue(detector.find(body, "/download?file=report.pdf").isPresent());
  }

  @Test
  void leavesTheRequestPathAloneWhenTheBodyEchoesIt() {
    String body = "{\"status\":404,\"error\":\"Not Found\",\"path\":\"/usr/share/doc\"}";
    assertEquals(Optional.empty(), detector.find(body, "https://api.acme.com/usr/share/doc?x=1"));
    assertTrue(detector.find(body).isPresent());
  }

  /** A validator quoting back the value the caller sent: the caller's manifest, not our disk. */
  @Test
  void leavesARejectedValueTheCallerSentAlone() {
    assertEquals(Optional.empty(), detector.find("{\"message\":\"spec.volumes[0].hostPath.path: Invalid value: "
        + "\\\"/etc/kubernetes/pki\\\": must not be a system path\"}"));
    assertEquals(Optional.empty(), detector.find("Field error in object 'job' on field 'workdir': rejected value "
        + "[/opt/jobs/in]; codes [Pattern.job.workdir]"));
    assertTrue(detector.find("{\"error\":\"invalid value in /etc/app/config.yaml\"}").isPresent());
  }
}
