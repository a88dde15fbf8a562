package io.statuslint.rules.choice;

import io.statuslint.detect.IntentClassifier;
import io.statuslint.detect.MessageIntent;
import io.statuslint.http.StatusRegistry;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.Suggestion;
import java.util.Objects;

/**
 * The shared frame of the rules that compare a code with its message: ask {@link CodeChoice} for the
 * response's verdict and report it if it is this rule's. The rule judges only through the
 * {@link ResponseView}: the body's message on traffic, the response description on a spec.
 */
abstract class CodeChoiceRule implements Rule {

  private final CodeChoice.Defect defect;
  private final IntentClassifier classifier;

  CodeChoiceRule(CodeChoice.Defect defect, IntentClassifier classifier) {
    this.defect = defect;
    this.classifier = Objects.requireNonNull(classifier, "classifier");
  }

  @Override
  public final void check(ResponseView response, FindingSink findings) {
    CodeChoice.Verdict v = CodeChoice.judge(response, classifier);
    if (v != null && v.defect() == defect) {
      findings.report(message(response.status(), v),
          Suggestion.code(v.suggestedCode(), "return " + StatusRegistry.label(v.suggestedCode())
              + advice(v)),
          v.evidence());
    }
  }

  /** One sentence: what is wrong with this code for this message. */
  abstract String message(int status, CodeChoice.Verdict verdict);

  /** Why the suggested code fits, appended to "return NNN Reason"; may be empty. */
  String advice(CodeChoice.Verdict verdict) {
    return "";
  }

  /** What a message of the intent says, as a clause: "the message says <this>". */
  static String says(MessageIntent intent) {
    switch (intent) {
      case MALFORMED_REQUEST:
        return "the request is malformed or incomplete";
      case INVALID_INPUT:
        return "the input is invalid";
      case SEMANTIC_VALIDATION:
        return "well-formed content failed validation";
      case NOT_FOUND:
        return "something the caller named was not found";
      case UNAUTHENTICATED:
        return "the caller is not (validly) authenticated";
      case FORBIDDEN:
        return "the caller lacks permission";
      case CONFLICT:
        return "the request conflicts with existing state";
      case RATE_LIMITED:
        return "the caller is rate limited";
      case UNSUPPORTED_MEDIA_TYPE:
        return "the request's media type is not supported";
      case TOO_LARGE:
        return "the request content is too large";
      case HEADERS_TOO_LARGE:
        return "the request headers are too large";
      case URI_TOO_LONG:
        return "the URI is too long";
      case METHOD_NOT_ALLOWED:
        return "the method is not allowed";
      case NOT_IMPLEMENTED:
        return "the feature is not implemented";
      case SERVER_FAULT:
        return "the server failed internally";
      case BAD_UPSTREAM:
        return "an upstream failed";
      case UNAVAILABLE:
        return "the service or a dependency is unavailable";
      case UPSTREAM_TIMEOUT:
        return "an upstream timed out";
      default:
        return "something else";
    }
  }
}
