package io.statuslint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.ExchangeBuilder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExchangeViewTest {

  @Test
  void derivedFactsAreComputedOncePerResponse() {
    ExchangeView view = new ExchangeView(ExchangeBuilder.get("/a").respond(500).json("{\"x\":1}").build());
    AtomicInteger computed = new AtomicInteger();
    Object key = new Object();
    Object first = view.derived(key, r -> "v" + computed.incrementAndGet());
    Object second = view.derived(key, r -> "v" + computed.incrementAndGet());
    assertThat(first).isSameAs(second).isEqualTo("v1");
    for (int i = 0; i < 10; i++) {
      Integer k = i;
      Integer got = view.derived(k, r -> k);
      assertThat(got).isEqualTo(i);
    }
    String again = view.derived(key, r -> "again");
    assertThat(again).isEqualTo("v1");
    ExchangeView other = new ExchangeView(ExchangeBuilder.get("/a").respond(500).json("{\"x\":1}").build());
    String fresh = other.derived(key, r -> "fresh");
    assertThat(fresh).isEqualTo("fresh");
  }

  @Test
  void contentFollowsTheBodyState() {
    assertThat(new ExchangeView(ExchangeBuilder.get("/a").respond(200).build()).content()).isEqualTo(Fact.ABSENT);
    assertThat(new ExchangeView(ExchangeBuilder.get("/a").respond(200).unknownBody().build()).content())
        .isEqualTo(Fact.UNKNOWN);
    assertThat(new ExchangeView(ExchangeBuilder.get("/a").respond(200).body(Body.truncated("ab", 10)).build())
        .content()).isEqualTo(Fact.PRESENT);
  }

  @Test
  void requestHeadersAreUnknownWhenProvisional() {
    ExchangeView v = new ExchangeView(ExchangeBuilder.get("/a").provisionalRequestHeaders().respond(304).build());
    assertThat(v.requestHeader("If-None-Match")).isEqualTo(Fact.UNKNOWN);
    ExchangeView full = new ExchangeView(ExchangeBuilder.get("/a").respond(304).build());
    assertThat(full.requestHeader("If-None-Match")).isEqualTo(Fact.ABSENT);
  }
}
