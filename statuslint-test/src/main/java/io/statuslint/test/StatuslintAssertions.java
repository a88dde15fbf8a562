package io.statuslint.test;

import io.statuslint.model.Exchange;

/**
 * Entry point of the AssertJ assertions. Static-import {@code assertThat} beside AssertJ's own: the
 * overloads here are more specific, so both resolve.
 *
 * <pre>
 * HttpResponse&lt;String&gt; response = client.send(request, BodyHandlers.ofString());
 * assertThat(response).followsStatusGuide();
 * </pre>
 */
public final class StatuslintAssertions {

  private StatuslintAssertions() {}

  /** Judges a JDK client response (its request is read from {@code response.request()}). */
  public static ExchangeAssert assertThat(java.net.http.HttpResponse<?> response) {
    return new ExchangeAssert(response == null ? null : HttpExchanges.from(response), StatusGuide.standard());
  }

  /** Judges an exchange built or recorded any other way. */
  public static ExchangeAssert assertThat(Exchange exchange) {
    return new ExchangeAssert(exchange, StatusGuide.standard());
  }
}
