package io.statuslint.engine;

import io.statuslint.detect.IntentClassifier;
import io.statuslint.rule.Rule;
import io.statuslint.rules.bodies.ErrorBodyNotProblemDetails;
import io.statuslint.rules.bodies.HeadResponseWithBody;
import io.statuslint.rules.bodies.InvalidProblemDetails;
import io.statuslint.rules.bodies.ProblemStatusMismatch;
import io.statuslint.rules.bodies.SuccessWithErrorBody;
import io.statuslint.rules.bodies.NoContentWithBody;
import io.statuslint.rules.bodies.NotModifiedWithBody;
import io.statuslint.rules.choice.ClientErrorAsServerError;
import io.statuslint.rules.choice.ServerErrorAsClientError;
import io.statuslint.rules.choice.StatusMeaningMismatch;
import io.statuslint.rules.choice.UnspecificClientError;
import io.statuslint.rules.context.CreatedOnSafeMethod;
import io.statuslint.rules.context.NotModifiedWithoutCondition;
import io.statuslint.rules.context.PartialContentWithoutRange;
import io.statuslint.rules.context.PreconditionFailedWithoutPrecondition;
import io.statuslint.rules.headers.AcceptedNeedsStatusMonitor;
import io.statuslint.rules.headers.CreatedNeedsLocation;
import io.statuslint.rules.headers.InvalidLocation;
import io.statuslint.rules.headers.InvalidRetryAfter;
import io.statuslint.rules.headers.MethodNotAllowedNeedsAllow;
import io.statuslint.rules.headers.PartialContentNeedsRange;
import io.statuslint.rules.headers.ProtocolSwitchNeedsUpgrade;
import io.statuslint.rules.headers.ProxyAuthNeedsChallenge;
import io.statuslint.rules.headers.RangeNotSatisfiableNeedsRange;
import io.statuslint.rules.headers.RateLimitNeedsRetryAfter;
import io.statuslint.rules.headers.RedirectNeedsLocation;
import io.statuslint.rules.headers.UnauthorizedNeedsChallenge;
import io.statuslint.rules.headers.UnavailableNeedsRetryAfter;
import io.statuslint.rules.leaks.ErrorBodyLeaksFilePath;
import io.statuslint.rules.leaks.ErrorBodyLeaksSql;
import io.statuslint.rules.leaks.ErrorBodyLeaksStackTrace;
import io.statuslint.rules.spec.CreateReturns201;
import io.statuslint.rules.spec.DefaultOnlyResponses;
import io.statuslint.rules.spec.DeleteNoContent;
import io.statuslint.rules.spec.InformationalByHand;
import io.statuslint.rules.spec.OperationErrorResponses;
import io.statuslint.rules.spec.OperationSuccessResponse;
import io.statuslint.rules.spec.RequestBodyValidationResponse;
import io.statuslint.rules.spec.SecuredOperation401;
import io.statuslint.rules.status.AmbiguousPostRedirect;
import io.statuslint.rules.status.DeprecatedStatus;
import io.statuslint.rules.status.PaymentRequiredStatus;
import io.statuslint.rules.status.StatusOutOfRange;
import io.statuslint.rules.status.TeapotStatus;
import io.statuslint.rules.status.UnregisteredStatus;
import java.util.List;

/**
 * The explicit list of built-in rules. No class-path scanning: a rule exists when it is listed here,
 * and a test checks that this list, the rule documents and the catalogue agree.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** The built-in rules with their default phrase lists, detectors and envelope vocabulary. */
  public static List<Rule> all() {
    return all(ConfiguredPatterns.none());
  }

  /**
   * The built-in rules as a configuration wants them: its {@code patterns:} extend the message
   * classifier of the code-choice rules, the leak detectors and the error-envelope vocabulary (see
   * {@link ConfiguredPatterns}).
   */
  public static List<Rule> all(Config config) {
    return all(ConfiguredPatterns.of(config));
  }

  private static List<Rule> all(ConfiguredPatterns patterns) {
    IntentClassifier classifier = patterns.classifier();
    return List.of(
        // the registry
        new StatusOutOfRange(),
        new UnregisteredStatus(),
        new TeapotStatus(),
        new DeprecatedStatus(),
        new PaymentRequiredStatus(),
        new AmbiguousPostRedirect(),
        new InformationalByHand(),
        // headers a code needs
        new CreatedNeedsLocation(),
        new AcceptedNeedsStatusMonitor(),
        new RedirectNeedsLocation(),
        new RateLimitNeedsRetryAfter(),
        new UnavailableNeedsRetryAfter(),
        new InvalidRetryAfter(),
        new MethodNotAllowedNeedsAllow(),
        new UnauthorizedNeedsChallenge(),
        new ProxyAuthNeedsChallenge(),
        new PartialContentNeedsRange(),
        new RangeNotSatisfiableNeedsRange(),
        new ProtocolSwitchNeedsUpgrade(),
        new InvalidLocation(),
        // bodies
        new NoContentWithBody(),
        new NotModifiedWithBody(),
        new HeadResponseWithBody(),
        new SuccessWithErrorBody(patterns.errorFields()),
        new ErrorBodyNotProblemDetails(),
        new InvalidProblemDetails(),
        new ProblemStatusMismatch(),
        new ErrorBodyLeaksStackTrace(patterns.leak(ConfiguredPatterns.LEAK_STACK_TRACE)),
        new ErrorBodyLeaksSql(patterns.leak(ConfiguredPatterns.LEAK_SQL)),
        new ErrorBodyLeaksFilePath(patterns.leak(ConfiguredPatterns.LEAK_FILE_PATH)),
        // picking the right code
        new ClientErrorAsServerError(classifier),
        new ServerErrorAsClientError(classifier),
        new UnspecificClientError(classifier),
        new StatusMeaningMismatch(classifier),
        new NotModifiedWithoutCondition(),
        new PartialContentWithoutRange(),
        new PreconditionFailedWithoutPrecondition(),
        new CreatedOnSafeMethod(),
        // spec completeness
        new OperationSuccessResponse(),
        new OperationErrorResponses(),
        new DefaultOnlyResponses(),
        new SecuredOperation401(),
        new RequestBodyValidationResponse(),
        new CreateReturns201(),
        new DeleteNoContent());
  }
}
