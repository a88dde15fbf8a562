package io.statuslint.rules.choice;

import static io.statuslint.detect.MessageIntent.CALLER_SUBJECT;
import static io.statuslint.detect.MessageIntent.FORBIDDEN;
import static io.statuslint.detect.MessageIntent.INVALID_INPUT;
import static io.statuslint.detect.MessageIntent.MALFORMED_REQUEST;
import static io.statuslint.detect.MessageIntent.METHOD_NOT_ALLOWED;
import static io.statuslint.detect.MessageIntent.NOT_FOUND;
import static io.statuslint.detect.MessageIntent.NOT_IMPLEMENTED;
import static io.statuslint.detect.MessageIntent.RATE_LIMITED;
import static io.statuslint.detect.MessageIntent.SEMANTIC_VALIDATION;
import static io.statuslint.detect.MessageIntent.SERVER_FAULT;
import static io.statuslint.detect.MessageIntent.SERVER_SUBJECT;
import static io.statuslint.detect.MessageIntent.TOO_LARGE;
import static io.statuslint.detect.MessageIntent.UNAUTHENTICATED;

import io.statuslint.detect.Classification;
import io.statuslint.detect.Classification.Match;
import io.statuslint.detect.ErrorMessageExtractor;
import io.statuslint.detect.IntentClassifier;
import io.statuslint.detect.MessageIntent;
import io.statuslint.detect.MessageIntent.Family;
import io.statuslint.rule.ResponseView;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one decision behind the four code-choice rules. Each response gets at most one verdict, so the
 * rules can never report the same defect twice (RULES.md, "one defect, one finding"): a message that
 * mixes the caller's and the server's side gets none, and where two rules could apply the more
 * specific wins (a 500 "not implemented" is a meaning mismatch, not a caller blame).
 */
final class CodeChoice {

  /** Which rule a verdict belongs to. */
  enum Defect {
    CLIENT_ERROR_AS_SERVER_ERROR,
    SERVER_ERROR_AS_CLIENT_ERROR,
    UNSPECIFIC_CLIENT_ERROR,
    STATUS_MEANING_MISMATCH
  }

  /** A defect, the code that fits the message, the phrase that shows it and the line it is on. */
  record Verdict(Defect defect, int suggestedCode, MessageIntent intent, String phrase, String evidence) {}

  /** The specific codes a 400 may be narrowed to (RULES.md, unspecific-client-error). */
  private static final Set<MessageIntent> SPECIFIC_FOR_400 = EnumSet.of(SEMANTIC_VALIDATION,
      MessageIntent.CONFLICT, MessageIntent.UNSUPPORTED_MEDIA_TYPE, TOO_LARGE, RATE_LIMITED, NOT_FOUND);

  /** Generic or acceptable-on-400 intents that neither point elsewhere nor make a message ambiguous. */
  private static final Set<MessageIntent> GENERIC = EnumSet.of(INVALID_INPUT,
      MessageIntent.HEADERS_TOO_LARGE, MessageIntent.URI_TOO_LONG);

  private CodeChoice() {}

  /**
   * The verdict, shared by the four rules through the view's derived facts: the engine hands them
   * the same view one after the other, so the message is read and classified once per response.
   */
  static Verdict judge(ResponseView response, IntentClassifier classifier) {
    return response.derived(classifier, r -> decide(r, classifier));
  }

  private static Verdict decide(ResponseView response, IntentClassifier classifier) {
    int status = response.status();
    String message = ErrorMessageExtractor.extract(response);
    if (message == null) {
      return null;
    }
    Classification c = classifier.classify(message).ignoringReasonPhraseOf(status);
    if (c.isEmpty()) {
      return null;
    }
    boolean bodyless = bodyless(response.method());
    if (status >= 400 && status <= 499) {
      return clientError(status, c, bodyless);
    }
    if (status >= 500 && status <= 599) {
      return serverError(status, c, bodyless);
    }
    return null;
  }

  /**
   * Requests that carry no content (GET, HEAD, DELETE, OPTIONS): a value check there is about a
   * parameter, for which 400 is the usual answer; 422 is for content (guide, 4xx: 422).
   */
  private static boolean bodyless(String method) {
    return method != null && (method.equals("GET") || method.equals("HEAD") || method.equals("DELETE")
        || method.equals("OPTIONS"));
  }

  /** The code a caller intent asks for; semantic validation of a parameter stays 400. */
  private static int codeFor(MessageIntent intent, boolean bodyless) {
    return intent == SEMANTIC_VALIDATION && bodyless ? 400 : intent.code();
  }

  // ------------------------------------------------------------------------------------- 4xx

  private static Verdict clientError(int status, Classification c, boolean bodyless) {
    if (status == 408 || status == 424) {
      // 408 (the client was too slow) and 424 (a request it depended on failed) may well describe
      // timeouts and failures; RULES.md exempts them.
      return null;
    }
    Match fault = serverFault(c);
    if (fault != null) {
      // "Webhook URL returned: connection refused" is the caller's endpoint failing, not ours.
      boolean callerSide = c.hasAny(Family.CALLER) || c.has(CALLER_SUBJECT);
      return callerSide ? null : verdict(Defect.SERVER_ERROR_AS_CLIENT_ERROR, fault.intent().code(), fault, c);
    }
    return status == 400 ? unspecific(c, bodyless) : clientMismatch(status, c, bodyless);
  }

  /** A 400 whose message names exactly one more specific code (RULES.md). */
  private static Verdict unspecific(Classification c, boolean bodyless) {
    // A syntax or shape error is what 400 is for (guide, 4xx: bad JSON, missing required field).
    if (c.has(MALFORMED_REQUEST)) {
      return null;
    }
    int code = 0;
    Match pick = null;
    for (Match m : c.matches()) {
      MessageIntent i = m.intent();
      if (i.family() != Family.CALLER || GENERIC.contains(i) || (bodyless && i == SEMANTIC_VALIDATION)) {
        continue;
      }
      if (code != 0 && code != i.code()) {
        return null; // "not found or already exists": two candidates, no clear answer
      }
      code = i.code();
      if (pick == null && !m.weak()) {
        pick = m;
      }
    }
    if (pick == null || !SPECIFIC_FOR_400.contains(pick.intent())) {
      return null;
    }
    return verdict(Defect.UNSPECIFIC_CLIENT_ERROR, code, pick, c);
  }

  private static Verdict clientMismatch(int status, Classification c, boolean bodyless) {
    switch (status) {
      case 401:
        // The caller is known but lacks permission: that is 403 (RFC 9110 §15.5.4).
        return mismatch(c, FORBIDDEN, UNAUTHENTICATED, 403);
      case 403: {
        // Missing or bad credentials: 401 with a challenge (RFC 9110 §15.5.2).
        Verdict v = mismatch(c, UNAUTHENTICATED, FORBIDDEN, 401);
        return v != null ? v : mismatch(c, RATE_LIMITED, FORBIDDEN, 429);
      }
      case 404:
        return mismatch(c, METHOD_NOT_ALLOWED, NOT_FOUND, 405);
      case 405:
        return inputOn405(c, bodyless);
      default:
        return null;
    }
  }

  /**
   * Fires when {@code says} is named outright and the intent that fits the code ({@code fits}) is
   * not named at all, and nothing else points elsewhere.
   */
  private static Verdict mismatch(Classification c, MessageIntent says, MessageIntent fits, int code) {
    if (!c.hasStrong(says) || c.has(fits)) {
      return null;
    }
    for (Match m : c.matches()) {
      MessageIntent i = m.intent();
      if (i.family() == Family.CALLER && i != says && !GENERIC.contains(i)) {
        return null;
      }
    }
    for (Match m : c.matches()) {
      if (m.intent() == says && !m.weak()) {
        return verdict(Defect.STATUS_MEANING_MISMATCH, code, m, c);
      }
    }
    return null;
  }

  /** 405 "invalid input" (the Swagger Petstore classic): 400, or 422 for semantic validation. */
  private static Verdict inputOn405(Classification c, boolean bodyless) {
    if (c.has(METHOD_NOT_ALLOWED)) {
      return null;
    }
    Match first = null;
    boolean onlySemantic = true;
    for (Match m : c.matches()) {
      MessageIntent i = m.intent();
      if (i.family() != Family.CALLER) {
        continue;
      }
      if (i != MALFORMED_REQUEST && i != INVALID_INPUT && i != SEMANTIC_VALIDATION) {
        return null;
      }
      onlySemantic &= i == SEMANTIC_VALIDATION;
      if (first == null && !m.weak()) {
        first = m;
      }
    }
    if (first == null) {
      return null;
    }
    return verdict(Defect.STATUS_MEANING_MISMATCH, onlySemantic && !bodyless ? 422 : 400, first, c);
  }

  // ------------------------------------------------------------------------------------- 5xx

  private static Verdict serverError(int status, Classification c, boolean bodyless) {
    if (status == 511) {
      // Network authentication (RFC 6585 §6) is about the caller's network access by design.
      return null;
    }
    // A quoted status line ("fetching rates: 401 Unauthorized") relays a dependency's answer.
    boolean serverSide = c.hasAny(Family.SERVER) || c.has(SERVER_SUBJECT) || c.quotesStatusLine(Family.CALLER);
    // status-meaning-mismatch first: it names the exact code (RULES.md).
    if (status == 500 && c.hasStrong(NOT_IMPLEMENTED) && !c.hasAny(Family.CALLER) && !c.hasAny(Family.SERVER)) {
      return verdict(Defect.STATUS_MEANING_MISMATCH, 501, c.first(NOT_IMPLEMENTED), c);
    }
    if (status == 503 && !serverSide && !c.has(NOT_IMPLEMENTED)) {
      Verdict v = mismatch(c, RATE_LIMITED, MessageIntent.UNAVAILABLE, 429);
      if (v != null) {
        return v;
      }
    }
    if (serverSide || c.has(NOT_IMPLEMENTED)) {
      return null; // the message is (also) about the server's own side
    }
    Match blame = null;
    for (Match m : c.matches()) {
      MessageIntent i = m.intent();
      if (i.family() != Family.CALLER || i == RATE_LIMITED
          || (status == 501 && i == METHOD_NOT_ALLOWED) || (status == 507 && i == TOO_LARGE)) {
        // A rate limit on a 5xx may be an upstream's; 501 may answer an unknown method
        // (RFC 9110 §15.6.2); 507 is about the server's storage.
        continue;
      }
      if (blame == null || (blame.weak() && !m.weak())) {
        blame = m;
      }
    }
    return blame == null ? null
        : verdict(Defect.CLIENT_ERROR_AS_SERVER_ERROR, codeFor(blame.intent(), bodyless), blame, c);
  }

  /** The server-fault match that names the most specific code: 502/503/504 before a plain 500. */
  private static Match serverFault(Classification c) {
    Match generic = null;
    for (Match m : c.matches()) {
      if (m.intent().family() == Family.SERVER) {
        if (m.intent() != SERVER_FAULT) {
          return m;
        }
        if (generic == null) {
          generic = m;
        }
      }
    }
    return generic;
  }

  private static Verdict verdict(Defect d, int code, Match m, Classification c) {
    return new Verdict(d, code, m.intent(), m.phrase(), lineAround(c.text(), m.start(), m.end()));
  }

  /** The line of the message that holds the match: the evidence a reviewer needs. */
  private static String lineAround(String text, int start, int end) {
    int s = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int e = text.indexOf('\n', end);
    return text.substring(s, e < 0 ? text.length() : e);
  }
}
