package io.statuslint.rules.spec;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.Locale;
import java.util.Set;

/**
 * A POST that creates a resource answers 201 Created (RFC 9110 §15.3.2; guide, "2xx — Success").
 * The spec shows creation by a Location header on a 2xx, or by an operationId or summary that starts
 * with a creating verb.
 */
@RuleInfo(
    id = "create-returns-201",
    severity = Severity.INFO,
    on = Surface.SPEC,
    summary = "A POST that creates declares 200 but not 201.",
    guide = "2xx — Success: 201 Created",
    rfc = "RFC 9110 §15.3.2")
public final class CreateReturns201 implements OperationRule {

  private static final Set<String> CREATING = Set.of("create", "add", "new", "insert", "register");

  @Override
  public void checkOperation(OperationView operation, FindingSink findings) {
    if (!"POST".equals(operation.method()) || !operation.declaresResponses()) {
      return;
    }
    DeclaredStatuses declared = DeclaredStatuses.of(operation);
    if (!declared.has(200) || declared.has(201)) {
      return;
    }
    String evidence = creationEvidence(operation, declared);
    if (evidence != null) {
      findings.report("creates (" + evidence + ") but declares 200 instead of 201 Created",
          Suggestion.code(201, "declare 201 Created with a Location header for the new resource"));
    }
  }

  private static String creationEvidence(OperationView operation, DeclaredStatuses declared) {
    for (ResponseView r : declared.all()) {
      boolean success = r.exactStatus() ? r.status() >= 200 && r.status() <= 299
          : r.statusText().equalsIgnoreCase("2XX");
      if (success && r.header("Location").isPresent()) {
        return "its " + r.statusText() + " declares Location";
      }
    }
    String idWord = firstWordOfIdentifier(operation.operationId());
    if (idWord != null && CREATING.contains(idWord)) {
      return "operationId " + operation.operationId();
    }
    String summaryWord = firstWordOfText(operation.summary());
    if (summaryWord != null && CREATING.contains(summaryWord)) {
      return "summary \"" + operation.summary().strip() + "\"";
    }
    return null;
  }

  /**
   * The first word of an operationId: {@code createOrder}, {@code create_order}, {@code create-order}
   * give "create"; a namespace before the last {@code /} or {@code .} is skipped
   * ({@code orders/create-order}, {@code Orders.createOrder}).
   */
  static String firstWordOfIdentifier(String id) {
    if (id == null) {
      return null;
    }
    String s = id.strip();
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('.'));
    s = s.substring(cut + 1);
    int i = 0;
    while (i < s.length() && !Character.isLetter(s.charAt(i))) {
      i++;
    }
    int start = i;
    if (i < s.length()) {
      i++;
    }
    while (i < s.length() && Character.isLetter(s.charAt(i)) && !Character.isUpperCase(s.charAt(i))) {
      i++;
    }
    return start < s.length() ? s.substring(start, i).toLowerCase(Locale.ROOT) : null;
  }

  static String firstWordOfText(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    int i = 0;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return i == 0 ? null : s.substring(0, i).toLowerCase(Locale.ROOT);
  }
}
