package io.statuslint.rules.choice;

import io.statuslint.model.Body;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;

/** A declared OpenAPI response, as the spec side of the engine would show it to a rule. */
record SpecResponse(int status, String method, String description) implements ResponseView {

  static SpecResponse of(String method, int status, String description) {
    return new SpecResponse(status, method, description);
  }

  @Override
  public Surface surface() {
    return Surface.SPEC;
  }

  @Override
  public String url() {
    return "/pets";
  }

  @Override
  public Fact header(String name) {
    return Fact.ABSENT;
  }

  @Override
  public String headerValue(String name) {
    return null;
  }

  @Override
  public Fact requestHeader(String name) {
    return Fact.UNKNOWN;
  }

  @Override
  public String requestHeaderValue(String name) {
    return null;
  }

  @Override
  public Fact content() {
    return Fact.UNKNOWN;
  }

  @Override
  public Body body() {
    return Body.unknown();
  }

  @Override
  public String mediaType() {
    return null;
  }
}
