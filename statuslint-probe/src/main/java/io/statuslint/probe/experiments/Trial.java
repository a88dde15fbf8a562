package io.statuslint.probe.experiments;

import io.statuslint.probe.endpoints.Endpoint;
import io.statuslint.probe.http.Sent;
import io.statuslint.rule.Suggestion;
import java.util.Set;

/** What an experiment gets to work with on one endpoint: its facts, a way to send, a way to report. */
public interface Trial {

  Endpoint endpoint();

  /** The endpoint's absolute URL. */
  String url();

  /** The absolute URL of another path (and query) on the target's origin. */
  String url(String pathAndQuery);

  /** The base URL's path, under which every probed path lies. */
  String basePath();

  /** The GET with credentials that opened the endpoint's run, or {@code null} when none was answered. */
  Sent baseline();

  /** The methods the endpoint is known to take (from a spec, or an Allow it sent); empty if unknown. */
  Set<String> allowedMethods();

  /** The method to send request content with: POST, PUT or PATCH when known to be taken, else null. */
  String bodyMethod();

  boolean unsafe();

  /** Whether the user gave credentials that {@link Ask#withoutCredentials()} can leave out. */
  boolean hasCredentials();

  /** The size of the oversized-body experiment's content. */
  long oversizedBodyBytes();

  /**
   * Sends the request (waiting first if the target asked the probe to pause) and returns what
   * happened. May end the endpoint's run early (budget spent, target rate limiting).
   */
  Sent send(Ask ask);

  /**
   * Reports that the answer differs from the experiment's expectation, as {@code probe-<id>};
   * dropped when one of the {@code coveredBy} traffic rules already reports that exchange.
   */
  void expectationFailed(Sent sent, String message, Suggestion fix, String... coveredBy);

  /**
   * Reports under a traffic rule's id what only the experiment's intent reveals (broken JSON
   * answered with 500 is {@code client-error-as-server-error}), unless that rule already fired.
   */
  void reportAs(String ruleId, Sent sent, String message, Suggestion fix);
}
