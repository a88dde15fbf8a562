package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticAssetsTest {

  @Test
  void recognisesAssetExtensions() {
    assertThat(StaticAssets.hasAssetExtension("/favicon.ico")).isTrue();
    assertThat(StaticAssets.hasAssetExtension("https://cdn.example.com/img/logo.PNG?v=3")).isTrue();
    assertThat(StaticAssets.hasAssetExtension("/static/js/main.3f9a1c2b.js")).isTrue();
    assertThat(StaticAssets.hasAssetExtension("/fonts/inter-var.woff2#x")).isTrue();
  }

  @Test
  void leavesApiPathsAlone() {
    assertThat(StaticAssets.hasAssetExtension("/api/orders/42")).isFalse();
    assertThat(StaticAssets.hasAssetExtension("/users.json")).isFalse();
    assertThat(StaticAssets.hasAssetExtension("/v1.2/orders")).isFalse();
    assertThat(StaticAssets.hasAssetExtension("/reports/2024.csv")).isFalse();
    assertThat(StaticAssets.hasAssetExtension("/search?q=logo.png")).isFalse();
    assertThat(StaticAssets.hasAssetExtension(null)).isFalse();
  }
}
