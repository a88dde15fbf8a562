package io.statuslint.rules;

import io.statuslint.model.Body;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hand-made spec response for rule tests, until the OpenAPI module provides the real view: what a
 * response declares is present, what it does not declare is absent, and the request is not known.
 */
public final class DeclaredResponse implements ResponseView {

  private final String method;
  private final String path;
  private final String key;
  private final int status;
  private final Set<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  private String mediaType;

  private DeclaredResponse(String method, String path, String key, int status) {
    this.method = method;
    this.path = path;
    this.key = key;
    this.status = status;
  }

  /** {@code DeclaredResponse.of("post", "/orders", "201")}; a key that is no number gets status -1. */
  public static DeclaredResponse of(String method, String path, String key) {
    int status;
    try {
      status = Integer.parseInt(key);
    } catch (NumberFormatException e) {
      status = -1;
    }
    return new DeclaredResponse(method.toUpperCase(Locale.ROOT), path, key, status);
  }

  public DeclaredResponse declaresHeader(String name) {
    headers.add(name);
    return this;
  }

  /** Declares {@code content} with one media type. */
  public DeclaredResponse content(String type) {
    this.mediaType = type;
    return this;
  }

  public String path() {
    return path;
  }

  @Override
  public Surface surface() {
    return Surface.SPEC;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String statusText() {
    return key;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String url() {
    return path;
  }

  @Override
  public Fact header(String name) {
    return Fact.of(headers.contains(name));
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
    return Fact.of(mediaType != null);
  }

  @Override
  public Body body() {
    return Body.unknown();
  }

  @Override
  public String mediaType() {
    return mediaType;
  }
}
