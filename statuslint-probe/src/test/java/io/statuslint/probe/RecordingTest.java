package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.traffic.ExchangeReader;
import io.statuslint.traffic.ReaderOptions;
import io.statuslint.traffic.TrafficInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording of a probe, checked later, reproduces the traffic-rule findings at the same entries. */
class RecordingTest {

  @TempDir Path dir;

  @Test
  void aHarRecordingReproducesTheTrafficFindings() throws Exception {
    reproduces(dir.resolve("probe.har"));
  }

  @Test
  void anNdjsonRecordingReproducesTheTrafficFindings() throws Exception {
    reproduces(dir.resolve("probe.ndjson"));
  }

  private void reproduces(Path file) throws Exception {
    ProbeRunner r;
    try (TestApi api = TestApi.start(new MisbehavingApi());
        ExchangeRecorder recorder = ExchangeRecorder.open(file, "test")) {
      r = ProbeRunner.run(api.base(), o -> o.paths(List.of("/things", "/pages")).unsafe(true)
          .headers(Headers.of("Authorization", MisbehavingApi.TOKEN)));
      for (ProbedExchange e : r.exchanges) {
        recorder.record(e);
      }
    }
    Set<String> live = new TreeSet<>();
    for (Finding f : r.findings()) {
      // Experiments' verdicts need the request's intent, which a recording does not carry.
      boolean fromAnExperiment = f.rule().startsWith("probe-") || f.message().contains("broken JSON");
      if (!fromAnExperiment) {
        live.add(f.location().entry() + " " + f.rule());
      }
    }
    Set<String> recorded = new TreeSet<>();
    RuleEngine engine = RuleEngine.create(Config.builder().ruleset(Config.Ruleset.ALL).build());
    try (ExchangeReader reader = TrafficInputs.open(file, ReaderOptions.defaults())) {
      Exchange e;
      while ((e = reader.next()) != null) {
        for (Finding f : engine.check(e)) {
          recorded.add(f.location().entry() + " " + f.rule());
        }
      }
    }
    assertThat(live).isNotEmpty();
    assertThat(recorded).isEqualTo(live);
    assertThat(Files.readString(file)).doesNotContain(MisbehavingApi.TOKEN.substring(7));
  }
}
