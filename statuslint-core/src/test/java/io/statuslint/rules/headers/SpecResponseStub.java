package io.statuslint.rules.headers;

import io.statuslint.model.Body;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A hand-made spec response for tests: headers are declared (present) or not (absent, as a spec is
 * the contract), and any fact can be made unknown to check that rules stay silent on it.
 */
final class SpecResponseStub implements ResponseView {

  private final int status;
  private final Map<String, Fact> headers = new LinkedHashMap<>();
  private Fact content = Fact.ABSENT;
  private Body example = Body.unknown();
  private String mediaType;
  private Surface surface = Surface.SPEC;

  private SpecResponseStub(int status) {
    this.status = status;
  }

  static SpecResponseStub status(int status) {
    return new SpecResponseStub(status);
  }

  SpecResponseStub declares(String header) {
    headers.put(header.toLowerCase(Locale.ROOT), Fact.PRESENT);
    return this;
  }

  SpecResponseStub unknownHeader(String header) {
    headers.put(header.toLowerCase(Locale.ROOT), Fact.UNKNOWN);
    return this;
  }

  /** Declared content of this media type, without an example. */
  SpecResponseStub content(String type) {
    this.content = Fact.PRESENT;
    this.mediaType = type;
    return this;
  }

  SpecResponseStub example(String json) {
    this.content = Fact.PRESENT;
    this.mediaType = mediaType == null ? "application/json" : mediaType;
    this.example = Body.ofText(json);
    return this;
  }

  SpecResponseStub onTraffic() {
    this.surface = Surface.TRAFFIC;
    return this;
  }

  @Override
  public Surface surface() {
    return surface;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String method() {
    return "POST";
  }

  @Override
  public String url() {
    return "/jobs";
  }

  @Override
  public Fact header(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), Fact.ABSENT);
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
    return content;
  }

  @Override
  public Body body() {
    return example;
  }

  @Override
  public String mediaType() {
    return mediaType;
  }
}
