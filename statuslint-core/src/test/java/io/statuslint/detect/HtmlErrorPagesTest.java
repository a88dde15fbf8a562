package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlErrorPagesTest {

  private static String page(String title) {
    return "<!doctype html><html><head><meta charset=utf-8><title>" + title + "</title></head><body><p>x</p></body>"
        + "</html>";
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', nullValues = "-", value = {
      "502 Bad Gateway ~ 502",
      "504 Gateway Time-out ~ 504",
      "HTTP Status 500 &ndash; Internal Server Error ~ 500",
      "Error 404 Not Found ~ 404",
      "Error 500 boom ~ 500",
      "Error 404 (Not Found)!!1 ~ 404",
      "404 - File or directory not found. ~ 404",
      "Server Error (500) ~ 500",
      "The page you were looking for doesn't exist (404) ~ 404",
      "Page not found &#8211; Acme Outdoor Blog ~ 404",
      "api.example.com | 502: Bad gateway ~ 502",
      "404 | Docs ~ 404",
      "404 - Page Not Found - MySite ~ 404",
      "Not Found ~ 404",
      "Error ~ -",
      "Whitelabel Error Page ~ -",
      "413 Request Entity Too Large ~ 413"})
  void recognisesErrorTitles(String title, Integer code) {
    HtmlErrorPages.ErrorPage p = HtmlErrorPages.recognise(page(title));
    assertThat(p).as(title).isNotNull();
    assertThat(p.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "How to Fix the HTTP 404 Not Found Error | Kinsta",
      "500 Internal Server Error - HTTP | MDN",
      "404 Not Found Error: What It Is and How to Fix It",
      "Status 404 explained - Blog",
      "Forbidden Planet (1956) - Film Catalogue",
      "Gone Girl - Wikipedia",
      "Conflict",
      "Errors – Sentry",
      "Acme Status - Partial Outage",
      "500 Things to Do in Paris",
      "404 - Fixing broken links - Blog",
      "Checkout – Acme Store"})
  void leavesOtherPagesAlone(String title) {
    assertThat(HtmlErrorPages.recognise(page(title))).as(title).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<h1>404 Not Found</h1>No context found for request",
      "<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error</p>",
      "<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>"})
  void fallsBackToTheHeadingWithoutATitle(String html) {
    assertThat(HtmlErrorPages.recognise(html)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<html><head><title>Checkout</title></head><body><h1>Error</h1></body></html>",
      "<html><body><h1>Welcome</h1></body></html>",
      "<html><body><p>no heading</p></body></html>"})
  void aHeadingCountsOnlyWithoutATitle(String html) {
    assertThat(HtmlErrorPages.recognise(html)).isNull();
  }
}
