package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Headers;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Answers that look like an experiment's defect but are not, and defects a traffic rule already
 * reports: the probe must stay quiet (precision over recall, one defect one finding).
 */
class ExperimentLookAlikesTest {

  private static final String JSON = "{\"id\":7,\"name\":\"seven\"}";

  private static ProbeRunner probe(TestApi.Routes routes, boolean unsafe, boolean credentials) throws Exception {
    try (TestApi api = TestApi.start(routes)) {
      return ProbeRunner.run(api.base(), o -> {
        o.paths(List.of("/r")).unsafe(unsafe);
        if (credentials) {
          o.headers(Headers.of("Authorization", "Bearer look-alike-token"));
        }
      });
    }
  }

  /** A resource that behaves except where {@code twist} answers first. */
  private static TestApi.Routes resource(Twist twist) {
    return c -> {
      if (twist.answer(c)) {
        return;
      }
      if (!c.path.equals("/r")) {
        c.problem(404, "Not Found", "Nothing here.");
      } else if (c.method.equals("GET") || c.method.equals("HEAD")) {
        c.json(200, JSON);
      } else {
        c.header("Allow", "GET, HEAD");
        c.problem(405, "Method Not Allowed", "Read-only.");
      }
    };
  }

  @FunctionalInterface
  interface Twist {
    boolean answer(TestApi.Call c) throws java.io.IOException;
  }

  @Test
  void aChangedEtagExplainsA200ToAConditionalGet() throws Exception {
    AtomicInteger version = new AtomicInteger();
    ProbeRunner r = probe(resource(c -> {
      if (c.method.equals("GET") && c.path.equals("/r") && !c.has("Range")) {
        c.header("ETag", "\"v" + version.incrementAndGet() + "\"");
        c.json(200, JSON);
        return true;
      }
      return false;
    }), false, false);
    assertThat(r.experimentsRun()).contains("probe-conditional-get");
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-conditional-get");
  }

  @Test
  void withoutAnEtagNoConditionalGetIsSent() throws Exception {
    ProbeRunner r = probe(resource(c -> false), false, false);
    assertThat(r.experimentsRun()).doesNotContain("probe-conditional-get");
  }

  @Test
  void ignoringRangeWith200IsAllowed() throws Exception {
    ProbeRunner r = probe(resource(c -> false), false, false);
    assertThat(r.experimentsRun()).contains("probe-range");
    assertThat(r.exchanges).filteredOn(e -> e.purpose().startsWith("probe-range")).hasSize(1);
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-range");
  }

  @Test
  void aRangeOfUnknownLengthIsNotFollowedByOnePastTheEnd() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.has("Range")) {
        c.header("Content-Range", "bytes 0-0/*");
        c.send(206, "application/json", "{");
        return true;
      }
      return false;
    }), false, false);
    assertThat(r.exchanges).filteredOn(e -> e.purpose().startsWith("probe-range")).hasSize(1);
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-range");
  }

  @Test
  void aPublicPathWithoutASpecIsNotAnAuthenticationFinding() throws Exception {
    ProbeRunner r = probe(resource(c -> false), false, true);
    assertThat(r.experimentsRun()).contains("probe-unauthenticated");
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-unauthenticated");
  }

  @Test
  void hidingExistenceWith404IsAllowed() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.header("Authorization") == null) {
        c.problem(404, "Not Found", "Nothing here.");
        return true;
      }
      return false;
    }), false, true);
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-unauthenticated");
  }

  @Test
  void a401WithoutAChallengeIsTheTrafficRulesFindingOnly() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.header("Authorization") == null) {
        c.problem(401, "Unauthorized", "Sign in.");
        return true;
      }
      return false;
    }), false, true);
    assertThat(r.rules()).as(r.describe()).contains("unauthorized-challenge").doesNotContain("probe-unauthenticated");
  }

  @Test
  void withoutCredentialsTheUnauthenticatedExperimentSendsNothing() throws Exception {
    ProbeRunner r = probe(resource(c -> false), false, false);
    assertThat(r.experimentsRun()).doesNotContain("probe-unauthenticated");
  }

  @Test
  void a405WithoutAllowIsMethodNotAllowedAllowNotAlsoWrongMethod() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.method.equals("STATUSLINT-PROBE")) {
        c.problem(405, "Method Not Allowed", "Not here.");
        return true;
      }
      return false;
    }), false, false);
    assertThat(r.findings("method-not-allowed-allow")).as(r.describe()).hasSize(1);
    assertThat(r.rules()).doesNotContain("probe-wrong-method");
  }

  @Test
  void a501ForAnUnknownMethodIsFine() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.method.equals("STATUSLINT-PROBE")) {
        c.problem(501, "Not Implemented", "Unknown method.");
        return true;
      }
      return false;
    }), false, false);
    assertThat(r.experimentsRun()).contains("probe-wrong-method");
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-wrong-method");
  }

  @Test
  void aPathGetDoesNotFindGetsNoWrongMethodOrHeadJudgmentBeyondItsStatus() throws Exception {
    ProbeRunner r = probe(c -> c.problem(404, "Not Found", "Nothing here."), false, false);
    assertThat(r.experimentsRun()).doesNotContain("probe-wrong-method", "probe-not-acceptable", "probe-range");
    assertThat(r.findings()).as(r.describe()).isEmpty();
  }

  @Test
  void notAcceptableMayBe406OrTheDefaultRepresentation() throws Exception {
    ProbeRunner r = probe(resource(c -> false), false, false);
    assertThat(r.experimentsRun()).contains("probe-not-acceptable");
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-not-acceptable");
  }

  @Test
  void unknownPathsMayAskForCredentialsOrRedirect() throws Exception {
    for (int code : new int[] {401, 403, 301, 410}) {
      ProbeRunner r = probe(resource(c -> {
        if (c.path.startsWith("/statuslint-no-such-path")) {
          if (code == 401) {
            c.header("WWW-Authenticate", "Bearer");
          }
          if (code == 301) {
            c.header("Location", "/elsewhere");
          }
          c.problem(code, "Elsewhere", "Not for you.");
          return true;
        }
        return false;
      }), false, false);
      assertThat(r.rules()).as(code + "\n" + r.describe()).doesNotContain("probe-unknown-path");
    }
  }

  @Test
  void aHeadAnswerThatIsRateLimitedIsNotCompared() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.method.equals("HEAD")) {
        c.header("Retry-After", "0");
        c.problem(429, "Too Many Requests", "Slow down.");
        return true;
      }
      return false;
    }), false, false);
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-head");
  }

  @Test
  void brokenJsonAnsweredWith500ThatBlamesTheCallerIsReportedOnce() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.method.equals("OPTIONS")) {
        c.header("Allow", "GET, HEAD, POST");
        c.empty(204);
        return true;
      }
      if (c.method.equals("POST")) {
        c.body();
        c.problem(500, "Internal Server Error", "Malformed JSON in request body");
        return true;
      }
      return false;
    }), true, false);
    assertThat(r.findings("client-error-as-server-error")).as(r.describe())
        .filteredOn(f -> f.location().method().equals("POST")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).doesNotContain("broken JSON"));
    assertThat(r.exchanges).filteredOn(e -> e.purpose().startsWith("probe-malformed-body"))
        .allSatisfy(e -> assertThat(e.findings()).filteredOn(f -> f.rule().equals("client-error-as-server-error"))
            .hasSize(1));
  }

  @Test
  void a400ThatNamesTheMediaTypeIsUnspecificClientErrorNotAlsoTheProbes() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.method.equals("OPTIONS")) {
        c.header("Allow", "GET, HEAD, POST");
        c.empty(204);
        return true;
      }
      if (c.method.equals("POST")) {
        c.body();
        String type = c.header("Content-Type");
        if (type != null && type.startsWith("application/json")) {
          c.problem(type.length() > 0 && c.header("Content-Length").length() > 4 ? 413 : 400, "Too large", "No.");
        } else {
          c.problem(400, "Bad Request", "Unsupported media type: send application/json");
        }
        return true;
      }
      return false;
    }), true, false);
    assertThat(r.experimentsRun()).contains("probe-unsupported-media-type");
    assertThat(r.rules()).as(r.describe()).contains("unspecific-client-error")
        .doesNotContain("probe-unsupported-media-type");
  }

  @Test
  void limitsAnsweredWith400AreAcceptable() throws Exception {
    ProbeRunner r = probe(resource(c -> {
      if (c.ex.getRequestURI().toString().length() > 8192 || c.headerBytes() > 16384) {
        c.problem(400, "Bad Request", "Request too large.");
        return true;
      }
      return false;
    }), false, false);
    assertThat(r.experimentsRun()).contains("probe-long-uri", "probe-large-headers");
    assertThat(r.rules()).as(r.describe()).doesNotContain("probe-long-uri", "probe-large-headers");
  }
}
