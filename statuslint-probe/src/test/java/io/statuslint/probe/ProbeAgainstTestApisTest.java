package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Headers;
import io.statuslint.probe.experiments.Experiments;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Real servers on 127.0.0.1: one that does everything right, one that gets every experiment wrong. */
class ProbeAgainstTestApisTest {

  private static final Set<String> ALL_EXPERIMENTS = new TreeSet<>(
      Experiments.all().stream().map(x -> x.id()).toList());

  @Test
  void aWellBehavedApiGetsNoFindingAtAllThoughEveryExperimentRan() throws Exception {
    try (TestApi api = TestApi.start(new WellBehavedApi())) {
      ProbeRunner r = ProbeRunner.run(api.base(), o -> o.paths(List.of("/items")).unsafe(true)
          .headers(Headers.of("Authorization", WellBehavedApi.TOKEN)));
      assertThat(r.findings()).as(r.describe()).isEmpty();
      assertThat(r.experimentsRun()).as(r.describe()).isEqualTo(ALL_EXPERIMENTS);
      // /items/1 was found through the Link header and probed too.
      assertThat(r.exchanges).anyMatch(e -> e.exchange().request().url().endsWith("/items/1")
          && e.purpose().startsWith("GET /items/1 (baseline, revealed by /items)"));
      assertThat(r.notes).as(r.describe()).isEmpty();
    }
  }

  @Test
  void aMisbehavingApiGetsEachExperimentsFinding() throws Exception {
    try (TestApi api = TestApi.start(new MisbehavingApi())) {
      ProbeRunner r = ProbeRunner.run(api.base(), o -> o.paths(List.of("/things", "/pages")).unsafe(true)
          .headers(Headers.of("Authorization", MisbehavingApi.TOKEN)));
      Set<String> expected = new TreeSet<>(ALL_EXPERIMENTS);
      // Broken JSON answered 500 is reported under the traffic rule's id, as RULES.md says.
      expected.remove("probe-malformed-body");
      expected.add("client-error-as-server-error");
      assertThat(r.rules()).as(r.describe()).containsAll(expected);
      assertThat(r.findings("probe-malformed-body")).isEmpty();
      assertThat(r.findings("probe-range")).as(r.describe()).hasSize(2);
      assertThat(r.findings("probe-wrong-method")).as(r.describe())
          .extracting(f -> f.location().method()).containsExactlyInAnyOrder("STATUSLINT-PROBE", "DELETE");
      assertThat(r.findings("client-error-as-server-error").get(0).message()).contains("broken JSON");
    }
  }

  @Test
  void safeByDefaultOnlyGetHeadOptionsAndAnUnknownTokenAreSent() throws Exception {
    try (TestApi api = TestApi.start(new MisbehavingApi())) {
      ProbeRunner r = ProbeRunner.run(api.base(), o -> o.paths(List.of("/things", "/pages"))
          .headers(Headers.of("Authorization", MisbehavingApi.TOKEN)));
      assertThat(r.exchanges).extracting(e -> e.exchange().request().method())
          .allMatch(m -> Set.of("GET", "HEAD", "OPTIONS", "STATUSLINT-PROBE").contains(m));
      assertThat(r.rules()).doesNotContain("probe-malformed-body", "probe-unsupported-media-type",
          "probe-oversized-body");
    }
  }

  @Test
  void credentialsNeverAppearInWhatIsReported() throws Exception {
    try (TestApi api = TestApi.start(c -> {
      // An API that echoes the credential back in its body.
      c.json(200, "{\"you\":\"" + c.header("Authorization") + "\"}");
    })) {
      ProbeRunner r = ProbeRunner.run(api.base(), o -> o.paths(List.of("/me"))
          .headers(Headers.of("Authorization", "Bearer abcdef123456", "Cookie", "sid=zyxw9876")));
      assertThat(r.exchanges).isNotEmpty();
      for (ProbedExchange e : r.exchanges) {
        String all = e.exchange().request().headers() + " " + e.exchange().request().url() + " "
            + (e.exchange().hasResponse() ? e.exchange().response().body().text() : "");
        assertThat(all).doesNotContain("abcdef123456").doesNotContain("zyxw9876");
      }
      assertThat(r.exchanges.get(0).exchange().request().headers().first("Authorization")).isEqualTo("[redacted]");
    }
  }
}
