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
}
