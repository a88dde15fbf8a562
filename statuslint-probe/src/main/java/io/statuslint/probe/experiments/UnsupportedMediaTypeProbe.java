package io.statuslint.probe.experiments;

import io.statuslint.probe.http.RequestBody;
import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.List;

/**
 * Content in a media type the operation does not take: 415 names exactly what is wrong (RFC 9110
 * §15.5.16). Needs the user's opt-in: the request may change state.
 */
@RuleInfo(
    id = "probe-unsupported-media-type",
    severity = Severity.WARNING,
    on = Surface.TRAFFIC,
    summary = "Content in a media type the operation does not take is not answered 415.",
    guide = "4xx — Client error: 415 Unsupported Media Type",
    rfc = "RFC 9110 §15.5.16")
public final class UnsupportedMediaTypeProbe extends BodyExperiment {

  static final String UNSUPPORTED = "application/x-statuslint-unsupported";

  @Override
  protected void send(Trial trial, String method) {
    List<String> taken = trial.endpoint().requestMediaTypes().getOrDefault(method, List.of());
    if (taken.stream().anyMatch(t -> t.trim().equals("*/*"))) {
      return;
    }
    String type = pick(taken);
    Sent s = trial.send(Ask.of(method, trial.url(), "probe-unsupported-media-type: content in " + type)
        .withBody(RequestBody.of(type, type.endsWith("xml") ? "<statuslint>probe</statuslint>" : "statuslint probe"),
            false));
    if (Answers.unjudgeable(s)) {
      return;
    }
    int c = s.status();
    Suggestion fix = Suggestion.code(415, "answer 415 Unsupported Media Type (an Accept-Post or Accept-Patch "
        + "header can list what is taken)");
    String sent = method + " " + trial.endpoint().path() + " with content in " + type;
    if (Answers.success(c)) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s)
          + ": content the operation does not take was accepted", fix);
    } else if (c == 400 || c == 422) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s)
          + ": 415 tells the client that the media type, not the content, is the problem", fix,
          "unspecific-client-error");
    } else if (Answers.serverError(c)) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s)
          + ": a media type the operation does not take is the caller's mistake", fix, "client-error-as-server-error");
    }
  }

  /**
   * XML sent to an operation known to take only other types is the classic case; when nothing is
   * known, or XML may be taken, a made-up type that no operation takes.
   */
  private static String pick(List<String> taken) {
    boolean xmlMaybeTaken = taken.stream()
        .map(t -> t.toLowerCase(java.util.Locale.ROOT))
        .anyMatch(t -> t.contains("xml") || t.startsWith("application/*"));
    return taken.isEmpty() || xmlMaybeTaken ? UNSUPPORTED : "application/xml";
  }
}
