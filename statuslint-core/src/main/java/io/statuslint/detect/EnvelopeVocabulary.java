package io.statuslint.detect;

import java.util.Set;

/**
 * The member names of response envelopes (names normalised by {@link JsonMember#normalise}): what
 * a body that only reports an outcome is made of. A member outside this vocabulary, with content,
 * is resource data, and a body that carries resource data is a resource, whatever its own
 * {@code status} says (RULES.md: {"id": 42, "status": "failed"} is a failed job, not a failed request).
 */
final class EnvelopeVocabulary {

  /** Booleans that state the outcome: {@code "success": false}, {@code "ok": false}. */
  static final Set<String> FLAGS = Set.of("success", "ok");

  /** Members whose string value states the outcome. */
  static final Set<String> OUTCOME_WORDS = Set.of("status", "result");

  /** Members whose number (or three-digit string) may be an HTTP status. */
  static final Set<String> NUMERIC_STATUS = Set.of("status", "code", "statuscode", "httpstatus",
      "httpstatuscode", "httpcode");

  /** Outcome words that mean failure, and those that mean success. */
  static final Set<String> FAILURE = Set.of("error", "fail", "failed", "failure");
  static final Set<String> SUCCESS = Set.of("success", "ok", "succeeded", "successful");

  /**
   * Message-like and metadata members: what an error envelope carries beside its signal. From the
   * error shapes of common stacks (Spring Boot, NestJS, Express, Django REST framework, Laravel,
   * Rails, ASP.NET, Slack, Google, Stripe, Twilio, OAuth 2, JSON-RPC, vnd.error, RFC 9457).
   */
  private static final Set<String> MESSAGE_LIKE = Set.of(
      "message", "messages", "msg", "reason", "reasonphrase", "detail", "details", "description",
      "title", "type", "instance", "cause", "hint", "help", "helpurl", "info", "moreinfo",
      "documentationurl", "docurl", "docsurl", "docs", "links", "logref",
      "timestamp", "time", "datetime", "path", "url", "uri", "method",
      "requestid", "reqid", "traceid", "spanid", "correlationid",
      "exception", "exceptionclass", "exceptiontype", "trace", "stack", "stacktrace",
      "debug", "debugid", "debuginfo", "developermessage", "usermessage", "localizedmessage",
      "warning", "warnings", "meta", "responsemetadata", "jsonrpc",
      "statustext", "statusmessage", "statusdescription", "code", "statuscode", "httpstatus",
      "httpstatuscode", "httpcode", "subcode", "kind", "apiversion", "metadata", "locale",
      "retryafter", "retryable", "fielderrors", "violations", "invalidparams", "validationerrors",
      "body", "headers", "isbase64encoded", "success", "ok",
      // JSON:API's top-level "jsonapi" describes the server's implementation, never resource data
      // (held-out: {"errors": [...], "jsonapi": {"version": "1.0"}} on a 200 was read as a resource).
      "jsonapi");

  private EnvelopeVocabulary() {}

  /** Whether a member of this (normalised) name only describes the outcome, not a resource. */
  static boolean isMessageLike(String name) {
    // error, errors, errorCode, error_description, errmsg, errno...: RULES.md's "error…"
    return name.startsWith("err") || MESSAGE_LIKE.contains(name);
  }
}
