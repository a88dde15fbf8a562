package io.statuslint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointTemplatesTest {

  private final EndpointTemplates heuristic = EndpointTemplates.heuristic();

  @Test
  void collapsesNumbersUuidsAndHashes() {
    assertThat(heuristic.template("get", "https://api.example.com/orders/42/items?x=1"))
        .isEqualTo("GET /orders/{id}/items");
    assertThat(heuristic.pathTemplate("/users/3fa85f64-5717-4562-b3fc-2c963f66afa6"))
        .isEqualTo("/users/{id}");
    assertThat(heuristic.pathTemplate("/commits/9fceb02d0ae598e95dc970b74767f19372d61af8"))
        .isEqualTo("/commits/{id}");
    assertThat(heuristic.pathTemplate("/objects/01ARZ3NDEKTSV4RRFFQ69G5FAV")).isEqualTo("/objects/{id}");
  }

  @Test
  void keepsWordsVersionsAndFileNames() {
    assertThat(heuristic.pathTemplate("/api/v2/orders/search")).isEqualTo("/api/v2/orders/search");
    assertThat(heuristic.pathTemplate("/static/app.min.js")).isEqualTo("/static/app.min.js");
    assertThat(heuristic.pathTemplate("/")).isEqualTo("/");
    assertThat(heuristic.pathTemplate("/health/")).isEqualTo("/health/");
  }

  @Test
  void prefersTheSpecTemplates() {
    EndpointTemplates spec = EndpointTemplates.fromPathTemplates(List.of("/orders/{orderId}", "/users/{login}"));
    assertThat(spec.template("DELETE", "/users/octocat")).isEqualTo("DELETE /users/{login}");
    assertThat(spec.template("GET", "/orders/17")).isEqualTo("GET /orders/{orderId}");
    assertThat(spec.template("GET", "/unknown/17")).isEqualTo("GET /unknown/{id}");
  }

  /** The one-pass classifier agrees with the four patterns it replaced, on id-like and look-alike segments. */
  @Test
  void idClassifierAgreesWithThePatternsItReplaced() {
    java.util.regex.Pattern number = java.util.regex.Pattern.compile("-?\\d+");
    java.util.regex.Pattern uuid = java.util.regex.Pattern.compile(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    java.util.regex.Pattern hex = java.util.regex.Pattern.compile("[0-9a-fA-F]{16,}");
    java.util.regex.Pattern opaque = java.util.regex.Pattern.compile(
        "(?=[A-Za-z0-9_-]*\\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}");
    String alphabet = "0123456789abcdefABCDEFxyzXYZ-_.~é";
    java.util.Random random = new java.util.Random(3);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(4) == 0 ? 36 : random.nextInt(40);
      String pool = random.nextBoolean() ? alphabet.substring(0, 10) + "-"
          : random.nextBoolean() ? alphabet.substring(0, 22) + "-" : alphabet;
      for (int i = 0; i < length; i++) {
        b.append(length == 36 && (i == 8 || i == 13 || i == 18 || i == 23) && random.nextInt(8) > 0
            ? '-' : pool.charAt(random.nextInt(pool.length())));
      }
      String s = b.toString();
      boolean expected = number.matcher(s).matches() || uuid.matcher(s).matches() || hex.matcher(s).matches()
          || opaque.matcher(s).matches();
      assertThat(EndpointTemplates.looksLikeId(s)).as("segment %s", s).isEqualTo(expected);
    }
  }
}
