package io.statuslint.rule;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import io.statuslint.model.ResourceHint;
import java.util.function.Function;

/** The traffic side of {@link ResponseView}: one recorded or live exchange with a response. */
public final class ExchangeView implements ResponseView {

  private final Exchange exchange;
  private final HttpRequest request;
  private final HttpResponse response;
  private String mediaType;
  private boolean mediaTypeRead;
  // A handful of derived facts at most: a linear scan beats a map at this size.
  private Object[] derivedKeys;
  private Object[] derivedValues;
  private int derivedCount;

  public ExchangeView(Exchange exchange) {
    if (!exchange.hasResponse()) {
      throw new IllegalArgumentException("an exchange without a response cannot be judged");
    }
    this.exchange = exchange;
    this.request = exchange.request();
    this.response = exchange.response();
  }

  public Exchange exchange() {
    return exchange;
  }

  @Override
  public Surface surface() {
    return Surface.TRAFFIC;
  }

  @Override
  public int status() {
    return response.status();
  }

  @Override
  public String method() {
    return request.method();
  }

  @Override
  public String url() {
    return request.url();
  }

  @Override
  public Fact header(String name) {
    return Fact.of(response.headers().has(name));
  }

  @Override
  public String headerValue(String name) {
    return response.headers().first(name);
  }

  @Override
  public Fact requestHeader(String name) {
    if (request.headers().has(name)) {
      return Fact.PRESENT;
    }
    return request.headersProvisional() ? Fact.UNKNOWN : Fact.ABSENT;
  }

  @Override
  public String requestHeaderValue(String name) {
    return request.headers().first(name);
  }

  @Override
  public Fact content() {
    Body body = response.body();
    switch (body.state()) {
      case ABSENT:
        return Fact.ABSENT;
      case UNKNOWN:
        return Fact.UNKNOWN;
      default:
        return Fact.of(body.hasBytes());
    }
  }

  @Override
  public Body body() {
    return response.body();
  }

  @Override
  public String mediaType() {
    if (!mediaTypeRead) {
      mediaType = MediaTypes.essence(response.headers().first("Content-Type"));
      mediaTypeRead = true;
    }
    return mediaType;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<ResponseView, T> compute) {
    for (int i = 0; i < derivedCount; i++) {
      if (derivedKeys[i] == key) {
        return (T) derivedValues[i];
      }
    }
    T value = compute.apply(this);
    if (derivedKeys == null) {
      derivedKeys = new Object[4];
      derivedValues = new Object[4];
    } else if (derivedCount == derivedKeys.length) {
      derivedKeys = java.util.Arrays.copyOf(derivedKeys, derivedCount * 2);
      derivedValues = java.util.Arrays.copyOf(derivedValues, derivedCount * 2);
    }
    derivedKeys[derivedCount] = key;
    derivedValues[derivedCount++] = value;
    return value;
  }

  @Override
  public ResourceHint resourceHint() {
    return exchange.resourceHint();
  }
}
