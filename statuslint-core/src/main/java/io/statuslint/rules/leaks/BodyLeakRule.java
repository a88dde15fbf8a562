package io.statuslint.rules.leaks;

import io.statuslint.detect.Leak;
import io.statuslint.detect.LeakPatterns;
import io.statuslint.detect.ScanText;
import io.statuslint.finding.Evidence;
import io.statuslint.model.Body;
import io.statuslint.model.MediaTypes;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.Optional;

/**
 * The shared decision of the leak rules: read a 4xx/5xx body (or the known prefix of one, or a spec
 * example of one) and report what a detector finds in it. Unknown bodies never fire; binary media
 * (images, fonts, archives…) are not text and are skipped. Subclasses name the detector and the fix.
 *
 * <p>The rules can only fire on 400..599; each declares {@code statusClasses = {4, 5}} so that the
 * engine does not call them for a 2xx.
 *
 * <p>A project may add its own patterns ({@code patterns: leak.sql: [...]}): they are tried only when
 * the built-in detector found nothing, so they add findings and never reword a built-in one, and a rule
 * without any skips them with one field check.
 */
abstract class BodyLeakRule implements Rule {

  private static final int DETAIL_CHARS = 60;

  private final LeakPatterns configured;

  BodyLeakRule(LeakPatterns configured) {
    this.configured = configured;
  }

  @Override
  public final void check(ResponseView response, FindingSink findings) {
    int status = response.status();
    if (status < 400 || status > 599 || MediaTypes.isBinary(response.mediaType())) {
      return;
    }
    Body body = response.body();
    // A complete body or a known prefix: every leak these rules look for shows in a prefix.
    if (!body.isReadable()) {
      return;
    }
    ScanText text = response.derived(ScanText.class, r -> ScanText.of(r.body().textPrefix(ScanText.MAX_CHARS)));
    Optional<Leak> leak = detect(text, response);
    if (leak.isEmpty() && !configured.isEmpty()) {
      leak = configured.find(text, configuredKind());
    }
    leak.ifPresent(l -> findings.report(message(response, l), suggestion(), l.snippet()));
  }

  /** What the rule's detector finds in the body, if anything. */
  protected abstract Optional<Leak> detect(ScanText body, ResponseView response);

  protected abstract Suggestion suggestion();

  /** What a configured pattern's match is called in the message, naming the key it came from. */
  protected abstract String configuredKind();

  /** "500 body leaks a Java stack trace (java.lang.NullPointerException at com.acme…)". */
  private static String message(ResponseView response, Leak leak) {
    String where = response.surface() == Surface.SPEC ? "response example" : "body";
    String detail = Evidence.redact(leak.snippet());
    if (detail != null && detail.length() > DETAIL_CHARS) {
      detail = detail.substring(0, DETAIL_CHARS - 1).trim() + "…";
    }
    return response.statusText() + " " + where + " leaks " + article(leak.kind()) + " " + leak.kind()
        + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
  }

  private static String article(String noun) {
    char c = Character.toLowerCase(noun.charAt(0));
    return "aeio".indexOf(c) >= 0 || noun.startsWith("SQL") ? "an" : "a";
  }
}
