package io.statuslint.finding;

import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import java.util.Objects;

/**
 * One defect: which rule found it, how bad it is, what to do, what it rests on, and where it is.
 * The shape is the JSON contract of DESIGN.md, so every reporter and surface agrees on it.
 *
 * @param evidence a short, redacted quote from the input, or {@code null}
 */
public record Finding(
    String rule,
    Severity severity,
    String message,
    Suggestion suggestion,
    Reference reference,
    Location location,
    String evidence) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    reference = Objects.requireNonNullElse(reference, Reference.of(null, null, null));
    location = Objects.requireNonNullElse(location, Location.NOWHERE);
  }

  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, message, suggestion, reference, location, evidence);
  }
}
