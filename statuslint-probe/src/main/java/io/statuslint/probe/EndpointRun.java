package io.statuslint.probe;

import io.statuslint.model.Headers;
import io.statuslint.probe.Pacer.EndRun;
import io.statuslint.probe.endpoints.Discovery;
import io.statuslint.probe.endpoints.Endpoint;
import io.statuslint.probe.experiments.Ask;
import io.statuslint.probe.experiments.Experiment;
import io.statuslint.probe.experiments.Trial;
import io.statuslint.probe.http.ProbeRequest;
import io.statuslint.probe.http.Sent;
import io.statuslint.rule.Suggestion;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One endpoint's run: the baseline GET, then each experiment in turn, one request at a time. Learns
 * from every answer (Allow, Link, Location) and honours the target's requests to slow down. Used by
 * one thread.
 */
final class EndpointRun implements Trial {

  /** What a run produced, in the order it happened. */
  record Result(Endpoint endpoint, List<Step> steps, Sent baseline, List<String> revealed, List<String> notes) {}

  /** Defaults an API client sends: JSON preferred, Problem Details understood, anything taken. */
  static final String ACCEPT = "application/json, application/problem+json;q=0.9, */*;q=0.8";

  private static final List<String> BODY_METHODS = List.of("POST", "PUT", "PATCH");

  private final ProbeRun run;
  private final Endpoint endpoint;
  private final List<Experiment> experiments;
  private final List<Step> steps = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Set<String> revealed = new LinkedHashSet<>();
  private final Set<String> allowed = new LinkedHashSet<>();
  private Sent baseline;
  private boolean throttled;
  private Experiment current;
  private boolean quietFailures;

  EndpointRun(ProbeRun run, Endpoint endpoint, List<Experiment> experiments, Sent presetBaseline) {
    this.run = run;
    this.endpoint = endpoint;
    this.experiments = experiments;
    this.baseline = presetBaseline;
    this.allowed.addAll(endpoint.methods());
  }

  Result run(boolean sendBaseline) {
    try {
      if (sendBaseline && endpoint.mayGet()) {
        quietFailures = true;
        baseline = send(Ask.get(url(), "GET " + endpoint.path() + " (baseline, " + describeSource() + ")"));
        quietFailures = false;
        if (!baseline.hasResponse()) {
          note("GET " + endpoint.path() + ": " + baseline.failure().message() + "; its experiments were skipped");
          return result();
        }
      }
      if (sendBaseline && !throttled && run.options().unsafe() && endpoint.methods().isEmpty() && allowed.isEmpty()) {
        send(Ask.of("OPTIONS", url(), "OPTIONS " + endpoint.path() + " (which methods does it take?)"));
      }
      for (Experiment x : experiments) {
        if (throttled) {
          break;
        }
        if (x.unsafe() && !run.options().unsafe()) {
          continue;
        }
        current = x;
        x.run(this);
      }
    } catch (EndRun stop) {
      note(endpoint.path() + ": stopped early: " + stop.getMessage());
    }
    return result();
  }

  private Result result() {
    return new Result(endpoint, steps, baseline, List.copyOf(revealed), notes);
  }

  private String describeSource() {
    return endpoint.source().isEmpty() ? "given" : endpoint.source();
  }

  @Override
  public Sent send(Ask ask) {
    Sent s = sendOnce(ask, ask.purpose());
    if (s.status() != 429 && s.status() != 503) {
      return s;
    }
    Duration wait = RetryAfter.parse(s.header("Retry-After"));
    String what = ask.method() + " " + endpoint.path() + " was answered " + s.status();
    if (wait != null && wait.compareTo(run.options().maxWait()) <= 0) {
      run.pacer().pause(wait);
      Sent again = sendOnce(ask, ask.purpose() + " (again, after the " + wait.toSeconds() + " s Retry-After asked for)");
      if (again.status() == 429 || again.status() == 503) {
        throttled = true;
        note(what + " twice, the second time after waiting its Retry-After; the rest of " + endpoint.path()
            + " was skipped");
      }
      return again;
    }
    throttled = true;
    if (wait == null) {
      run.pacer().pause(run.options().backoff());
      note(what + " without a usable Retry-After; paused " + run.options().backoff().toMillis()
          + " ms and skipped the rest of " + endpoint.path());
    } else {
      note(what + " with Retry-After " + wait.toSeconds() + " s, more than the " + run.options().maxWait().toSeconds()
          + " s the probe waits; the rest of " + endpoint.path() + " was skipped");
    }
    return s;
  }

  private Sent sendOnce(Ask ask, String purpose) {
    ProbeRequest request = new ProbeRequest(ask.method(), ask.url(), headersFor(ask), ask.body(), ask.expectContinue());
    Sent s = run.pacer().send(request);
    steps.add(new Step(s, purpose));
    if (s.hasResponse()) {
      learn(s);
    }
    if (s.failure() != null && (s.hasResponse() || !quietFailures)) {
      String what = s.hasResponse() ? "the " + s.status() + " answer is incomplete: " : "";
      note(ask.method() + " " + shortUrl(ask.url()) + " (" + purpose + "): " + what + s.failure().message());
    }
    return s;
  }

  /** Takes methods from Allow (unless a spec said which exist) and paths from Link and Location. */
  private void learn(Sent s) {
    if (endpoint.methods().isEmpty() && (s.status() == 405 || s.request().method().equals("OPTIONS"))) {
      allowed.addAll(Discovery.allowed(s.response()));
    }
    revealed.addAll(Discovery.paths(URI.create(s.request().url()), s.response(), run.options().basePath()));
  }

  private Headers headersFor(Ask ask) {
    Headers user = run.credentials().userHeaders(ask.credentials());
    Headers.Builder b = Headers.builder();
    boolean accept = ask.headers().has("Accept") || user.has("Accept");
    if (!accept) {
      b.add("Accept", ACCEPT);
    }
    for (int i = 0; i < user.size(); i++) {
      if (!ask.headers().has(user.name(i))) {
        b.add(user.name(i), user.value(i));
      }
    }
    // The spec's required header parameters: after the user's own (which win), before the experiment's.
    endpoint.headers().forEach((name, value) -> {
      if (!ask.headers().has(name) && !user.has(name)) {
        b.add(name, value);
      }
    });
    ask.headers().forEach(h -> b.add(h.getKey(), h.getValue()));
    return b.build();
  }

  @Override
  public void expectationFailed(Sent sent, String message, Suggestion fix, String... coveredBy) {
    if (current == null) {
      throw new IllegalStateException("an expectation outside an experiment");
    }
    attach(sent, new Verdict(current.id(), message, fix, Set.of(coveredBy)));
  }

  @Override
  public void reportAs(String ruleId, Sent sent, String message, Suggestion fix) {
    attach(sent, new Verdict(ruleId, message, fix, Set.of(ruleId)));
  }

  private void attach(Sent sent, Verdict v) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).sent == sent) {
        steps.get(i).verdicts.add(v);
        return;
      }
    }
    throw new IllegalArgumentException("a verdict on a request this run did not send");
  }

  private void note(String message) {
    notes.add(run.credentials().redact(message));
  }

  private static String shortUrl(String url) {
    return url.length() <= 120 ? url : url.substring(0, 100) + "…(" + url.length() + " characters)";
  }

  @Override
  public Endpoint endpoint() {
    return endpoint;
  }

  @Override
  public String url() {
    return url(endpoint.path());
  }

  @Override
  public String url(String pathAndQuery) {
    return run.origin() + pathAndQuery;
  }

  @Override
  public String basePath() {
    return run.options().basePath();
  }

  @Override
  public Sent baseline() {
    return baseline;
  }

  @Override
  public Set<String> allowedMethods() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(allowed));
  }

  @Override
  public String bodyMethod() {
    // A spec says which operations take content: there, a method without a requestBody is not one.
    boolean fromSpec = !endpoint.methods().isEmpty();
    for (String m : BODY_METHODS) {
      if (allowed.contains(m) && (!fromSpec || endpoint.requestMediaTypes().containsKey(m))) {
        return m;
      }
    }
    return null;
  }

  @Override
  public boolean unsafe() {
    return run.options().unsafe();
  }

  @Override
  public boolean hasCredentials() {
    return run.credentials().any();
  }

  @Override
  public long oversizedBodyBytes() {
    return run.options().oversizedBodyBytes();
  }
}
