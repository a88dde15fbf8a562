package io.statuslint.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.model.ResourceHint;
import io.statuslint.rule.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A labelled corpus of exchanges for one rule: {@code /io/statuslint/corpus/<rule-id>.jsonl} on the
 * test class path, one case a line:
 *
 * <pre>
 * {"label": true, "status": 500, "method": "GET", "url": "/orders/1",
 *  "requestHeaders": [["Accept", "application/json"]],
 *  "headers": [["Content-Type", "application/json"]], "body": "...", "bodyBase64": "...",
 *  "resourceType": "xhr", "source": "jetty-12 default error page", "note": "why this label"}
 * </pre>
 *
 * {@code label} true = the rule must fire, false = a look-alike it must leave alone. The labels are
 * committed before detectors are tuned, and {@link #measure} reports precision and recall.
 */
public final class LabelledCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One labelled exchange. */
  public record Case(int lineNo, boolean label, Exchange exchange, String note) {}

  /** Precision and recall of a rule on its corpus, with the cases it got wrong. */
  public record Quality(String ruleId, int positives, int negatives, int truePositives, int falsePositives,
      int falseNegatives, List<String> mistakes) {
    public double precision() {
      int flagged = truePositives + falsePositives;
      return flagged == 0 ? 1.0 : (double) truePositives / flagged;
    }

    public double recall() {
      return positives == 0 ? 1.0 : (double) truePositives / positives;
    }

    @Override
    public String toString() {
      return String.format("%-32s positives %3d  look-alikes %3d  precision %.3f  recall %.3f",
          ruleId, positives, negatives, precision(), recall());
    }
  }

  private LabelledCorpus() {}

  /** The corpus the detectors were tuned with. */
  public static final String TUNING = "/io/statuslint/corpus";
  /** The held-out set, written blind to the detectors: measured, never tuned against case by case. */
  public static final String HELD_OUT = "/io/statuslint/corpus-heldout";

  public static List<Case> load(String ruleId) {
    return load(TUNING, ruleId);
  }

  /** Loads {@code <directory>/<rule-id>.jsonl} from the test class path. */
  public static List<Case> load(String directory, String ruleId) {
    String resource = directory + "/" + ruleId + ".jsonl";
    List<Case> cases = new ArrayList<>();
    try (InputStream in = LabelledCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no corpus at " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("//")) {
          continue;
        }
        cases.add(parse(n, JSON.readTree(line)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return cases;
  }

  private static Case parse(int lineNo, JsonNode c) {
    ExchangeBuilder b = ExchangeBuilder.request(c.path("method").asText("GET"), c.path("url").asText("/"));
    for (JsonNode h : c.path("requestHeaders")) {
      b.header(h.get(0).asText(), h.get(1).asText());
    }
    b.respond(c.path("status").asInt());
    for (JsonNode h : c.path("headers")) {
      b.header(h.get(0).asText(), h.get(1).asText());
    }
    if (c.hasNonNull("body")) {
      b.body(c.get("body").asText());
    } else if (c.hasNonNull("bodyBase64")) {
      b.body(Body.ofBytes(Base64.getDecoder().decode(c.get("bodyBase64").asText()), StandardCharsets.UTF_8));
    } else if (c.path("bodyUnknown").asBoolean(false)) {
      b.unknownBody();
    }
    if (c.hasNonNull("resourceType")) {
      b.resourceHint(ResourceHint.fromHarResourceType(c.get("resourceType").asText()));
    }
    return new Case(lineNo, c.path("label").asBoolean(), b.build(), c.path("note").asText(""));
  }

  /** Runs {@code rule} alone over its corpus. */
  public static Quality measure(Rule rule) {
    return measure(TUNING, rule);
  }

  /** Runs {@code rule} alone over its corpus in {@code directory}. */
  public static Quality measure(String directory, Rule rule) {
    String id = rule.metadata().id();
    RuleEngine engine = RuleEngine.of(List.of(rule), Config.builder().ruleset(Config.Ruleset.ALL).build());
    int pos = 0;
    int neg = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> mistakes = new ArrayList<>();
    for (Case c : load(directory, id)) {
      boolean fired = engine.check(c.exchange()).stream().anyMatch(f -> f.rule().equals(id));
      if (c.label()) {
        pos++;
        if (fired) {
          tp++;
        } else {
          fn++;
          mistakes.add("missed line " + c.lineNo() + ": " + c.note());
        }
      } else {
        neg++;
        if (fired) {
          fp++;
          mistakes.add("false alarm line " + c.lineNo() + ": " + c.note());
        }
      }
    }
    return new Quality(id, pos, neg, tp, fp, fn, mistakes);
  }
}
