package io.statuslint.rules.leaks;

import io.statuslint.model.Body;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;

/** A spec response whose example arrives as the OpenAPI module hands it over: serialised as JSON. */
record SpecExample(int status, String path, String mediaType, Body body) implements ResponseView {

  static SpecExample of(int status, String path, String exampleJson) {
    return new SpecExample(status, path, "application/json",
        exampleJson == null ? Body.unknown() : Body.ofText(exampleJson));
  }

  @Override
  public Surface surface() {
    return Surface.SPEC;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public String url() {
    return path;
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
    return body.isReadable() ? Fact.PRESENT : Fact.UNKNOWN;
  }
}
