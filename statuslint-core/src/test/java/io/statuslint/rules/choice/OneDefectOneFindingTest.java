package io.statuslint.rules.choice;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.corpus.LabelledCorpus;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.rules.DeclaredResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four rules share one decision, so no response gets two of their findings. */
class OneDefectOneFindingTest {

  private final RuleEngine engine = RuleEngine.of(List.of(new ClientErrorAsServerError(),
      new ServerErrorAsClientError(), new UnspecificClientError(), new StatusMeaningMismatch()),
      Config.builder().ruleset(Config.Ruleset.ALL).build());

  private List<String> rules(ExchangeBuilder b) {
    return engine.check(b.build()).stream().map(Finding::rule).toList();
  }

  @Test
  void overlapsAreDecidedOnce() {
    // 500 "not implemented": a meaning mismatch (501), not a caller blame.
    assertThat(rules(request("GET", "/x").respond(500).json("{\"message\":\"Not implemented\"}")))
        .containsExactly("status-meaning-mismatch");
    // 503 "too many requests": 429 by status-meaning-mismatch only.
    assertThat(rules(request("GET", "/x").respond(503).json("{\"message\":\"Too many requests\"}")))
        .containsExactly("status-meaning-mismatch");
    // 503 that is both rate limited and blames the credentials: one finding.
    assertThat(rules(request("GET", "/x").respond(503).json("{\"message\":\"Too many requests; invalid token\"}")))
        .hasSize(1);
    // 400 with a server fault: server-error-as-client-error, not unspecific-client-error.
    assertThat(rules(request("GET", "/x").respond(400).json("{\"message\":\"Service unavailable\"}")))
        .containsExactly("server-error-as-client-error");
    // 403 "internal error": the class is wrong, not the meaning within it.
    assertThat(rules(request("GET", "/x").respond(403).json("{\"message\":\"Internal error\"}")))
        .containsExactly("server-error-as-client-error");
    // 400 "already exists": unspecific-client-error only.
    assertThat(rules(request("POST", "/x").respond(400).json("{\"message\":\"User already exists\"}")))
        .containsExactly("unspecific-client-error");
  }

  @Test
  void noCorpusCaseGetsTwoFindings() {
    for (String id : List.of("client-error-as-server-error", "server-error-as-client-error",
        "unspecific-client-error", "status-meaning-mismatch")) {
      for (LabelledCorpus.Case c : LabelledCorpus.load(id)) {
        assertThat(engine.check(c.exchange())).as(id + " line " + c.lineNo()).hasSizeLessThanOrEqualTo(1);
      }
    }
  }

  /** A view object reused for several responses (as a pooling host might) never gets a stale verdict. */
  @Test
  void aReusedViewIsJudgedAfresh() {
    DeclaredResponse view = DeclaredResponse.of("GET", "/x", 500).unknownContent();
    List<Finding> out = new ArrayList<>();
    view.description("Not implemented");
    engine.check(view, io.statuslint.finding.Location.NOWHERE, "/x", out::add);
    view.description("Pet not found");
    engine.check(view, io.statuslint.finding.Location.NOWHERE, "/x", out::add);
    assertThat(out).extracting(Finding::rule).containsExactly("status-meaning-mismatch", "client-error-as-server-error");
  }
}
