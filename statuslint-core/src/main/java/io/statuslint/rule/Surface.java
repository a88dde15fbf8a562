package io.statuslint.rule;

/** Where a rule can judge a response. */
public enum Surface {
  /** One recorded or live exchange: a request and its response. */
  TRAFFIC,
  /** A response declared in an OpenAPI or Swagger document. */
  SPEC
}
