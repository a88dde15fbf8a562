package io.statuslint.rules.status;

import io.statuslint.http.StatusRegistry;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.stream.IntStream;

/**
 * A code in 100–599 that IANA does not list (420, 499, 520 …). A client that does not know a code
 * must treat it as the x00 of its class (RFC 9110 §15), so the intended meaning is lost; the guide
 * asks for registered codes only. Reserved, deprecated and obsolete entries (306, 418, 305, 510) are
 * in the registry and belong to {@code status-deprecated} and {@code status-teapot}.
 */
@RuleInfo(
    id = "status-unregistered",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A status code that is not in the IANA HTTP Status Code Registry.",
    guide = "Using them well (Avoid: non-standard codes)",
    rfc = "RFC 9110 §15")
public final class UnregisteredStatus implements Rule {

  /**
   * The annotation cannot list some 440 codes, so the filter is computed from the registry: the
   * engine then skips this rule for every registered code.
   */
  private static final RuleMetadata METADATA = withStatuses(
      RuleMetadata.fromAnnotation(UnregisteredStatus.class),
      IntStream.rangeClosed(100, 599).filter(c -> !StatusRegistry.isRegistered(c)).toArray());

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(ResponseView response, FindingSink findings) {
    int code = response.status();
    if (!StatusRegistry.inRange(code) || StatusRegistry.isRegistered(code)) {
      return;
    }
    int fallback = code / 100 * 100;
    String fallbackLabel = StatusRegistry.label(fallback);
    findings.report(
        code + " is not a registered HTTP status code, so clients that do not know it will treat it as "
            + fallbackLabel,
        Suggestion.code(fallback, "use the registered code that fits best, or " + fallbackLabel
            + " if none is more specific"),
        null);
  }

  private static RuleMetadata withStatuses(RuleMetadata m, int[] statuses) {
    return new RuleMetadata(m.id(), m.severity(), m.surfaces(), m.summary(), m.guide(), m.rfc(), statuses,
        m.supersedes());
  }
}
