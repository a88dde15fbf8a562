package io.statuslint.test.mockmvc;

import static io.statuslint.test.mockmvc.StatusGuideMockMvc.followsStatusGuide;
import static io.statuslint.test.mockmvc.StatusGuideMockMvc.statusGuide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.test.StatusGuide;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

class StatusGuideMockMvcTest {

  @RestController
  static class OrdersController {
    @GetMapping(value = "/orders/{id}", produces = "application/json")
    String order() {
      return "{\"id\":42}";
    }

    @PostMapping("/orders")
    ResponseEntity<String> create(@RequestBody String body) {
      return ResponseEntity.created(URI.create("/orders/43")).contentType(MediaType.APPLICATION_JSON).body("{\"id\":43}");
    }

    @PostMapping("/drafts")
    ResponseEntity<String> createWithoutLocation(@RequestBody String body) {
      return ResponseEntity.status(201).contentType(MediaType.APPLICATION_JSON).body("{\"id\":44}");
    }

    @GetMapping("/gone")
    void gone(HttpServletResponse response) throws IOException {
      response.sendError(410, "no longer here");
    }
  }

  private final MockMvc plain = MockMvcBuilders.standaloneSetup(new OrdersController()).build();

  @Test
  void matcherPassesACleanExchange() throws Exception {
    plain.perform(get("/orders/42")).andExpect(followsStatusGuide());
    plain.perform(post("/orders").content("{\"item\":\"pen\"}").contentType("application/json"))
        .andExpect(followsStatusGuide());
  }

  @Test
  void matcherFailsWithTheFindings() throws Exception {
    assertThatThrownBy(() -> plain.perform(post("/drafts").content("{}").contentType("application/json"))
        .andExpect(followsStatusGuide()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST http://localhost/drafts -> 201 breaks the status guide")
        .hasMessageContaining("created-location");
    // ... unless the rule is left out.
    plain.perform(post("/drafts").content("{}").contentType("application/json"))
        .andExpect(followsStatusGuide(StatusGuide.standard().ignoring("created-location")));
  }

  @Test
  void alwaysDoHandlerChecksEveryRequest() throws Exception {
    MockMvc checked = MockMvcBuilders.standaloneSetup(new OrdersController()).alwaysDo(statusGuide()).build();

    checked.perform(get("/orders/42"));
    assertThatThrownBy(() -> checked.perform(post("/drafts").content("{}").contentType("application/json")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("created-location");
  }

  @Test
  void exchangeCarriesRequestAndResponse() throws Exception {
    MvcResult result = plain.perform(post("/orders?draft=false").header("X-Trace", "abc")
        .content("{\"item\":\"pen\"}").contentType("application/json")).andReturn();
    Exchange e = StatusGuideMockMvc.exchange(result);

    assertThat(e.request().method()).isEqualTo("POST");
    assertThat(e.request().url()).isEqualTo("http://localhost/orders?draft=false");
    assertThat(e.request().headers().first("X-Trace")).isEqualTo("abc");
    assertThat(e.response().status()).isEqualTo(201);
    assertThat(e.response().headers().first("Location")).isEqualTo("/orders/43");
    assertThat(e.response().body().text()).isEqualTo("{\"id\":43}");
  }

  @Test
  void anErrorPageMockMvcDoesNotRenderIsAnUnknownBody() throws Exception {
    Exchange e = StatusGuideMockMvc.exchange(plain.perform(get("/gone")).andReturn());

    assertThat(e.response().status()).isEqualTo(410);
    assertThat(e.response().body().state()).isEqualTo(Body.State.UNKNOWN);
  }
}
