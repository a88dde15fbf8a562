package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptHeaderTest {

  @Test
  void browserNavigationsPreferHtml() {
    assertThat(AcceptHeader.prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
        + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7")).isTrue();
    assertThat(AcceptHeader.prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        .isTrue();
    assertThat(AcceptHeader.prefersHtml("text/html")).isTrue();
  }

  @Test
  void rankingFollowsQualityNotOrder() {
    assertThat(AcceptHeader.prefersHtml("application/json;q=0.5, text/html")).isTrue();
    assertThat(AcceptHeader.prefersHtml("text/html;q=0.5, application/json")).isFalse();
    assertThat(AcceptHeader.prefersHtml("text/html;q=0, */*")).isFalse();
    assertThat(AcceptHeader.prefersHtml("text/html;Q=0.9, application/json;q=0.8")).isTrue();
  }

  @Test
  void apiClientsDoNotPreferHtml() {
    assertThat(AcceptHeader.prefersHtml("application/json, text/plain, */*")).isFalse();
    assertThat(AcceptHeader.prefersHtml("*/*")).isFalse();
    assertThat(AcceptHeader.prefersHtml("application/json, text/html")).as("a tie with JSON").isFalse();
    assertThat(AcceptHeader.prefersHtml(null)).isFalse();
    assertThat(AcceptHeader.prefersHtml("")).isFalse();
  }

  @Test
  void malformedQualityCountsAsOne() {
    assertThat(AcceptHeader.prefersHtml("application/json;q=abc, text/html;q=0.9")).isFalse();
  }

  @Test
  void recognisesAssetRequests() {
    assertThat(AcceptHeader.prefersStaticAsset("image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"))
        .isTrue();
    assertThat(AcceptHeader.prefersStaticAsset("text/css,*/*;q=0.1")).isTrue();
    assertThat(AcceptHeader.prefersStaticAsset("*/*")).isFalse();
    assertThat(AcceptHeader.prefersStaticAsset("application/json, image/png")).isFalse();
  }
}
