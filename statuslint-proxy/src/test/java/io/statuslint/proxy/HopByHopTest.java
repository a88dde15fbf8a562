package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

class HopByHopTest {

  @Test
  void connectionOptionsAndTheFixedHopByHopFieldsGoEverythingElseStaysInOrder() {
    HttpHeaders h = new DefaultHttpHeaders()
        .add("Host", "x").add("Connection", "close, X-Trace").add("X-Trace", "1").add("Keep-Alive", "5")
        .add("Upgrade", "h2c").add("Content-Length", "3").add("Transfer-Encoding", "chunked").add("X-Keep", "y");
    HttpHeaders out = HopByHop.forward(h, false, null);
    assertThat(out.entries()).extracting(java.util.Map.Entry::getKey)
        .containsExactly("Host", "Content-Length", "Transfer-Encoding", "X-Keep");
    assertThat(h.contains("X-Trace")).as("the received section stays as it was, for the checker").isTrue();
  }

  @Test
  void anUpgradeKeepsUpgradeAndConnectionUpgrade() {
    HttpHeaders h = new DefaultHttpHeaders().add("Connection", "Upgrade").add("Upgrade", "websocket");
    assertThat(HopByHop.asksToUpgrade(h)).isTrue();
    HttpHeaders out = HopByHop.forward(h, true, null);
    assertThat(out.get("Connection")).isEqualTo("upgrade");
    assertThat(out.get("Upgrade")).isEqualTo("websocket");
  }

  @Test
  void viaIsAppendedWithTheReceivedProtocolAndHostIsReplacedInPlace() {
    HttpHeaders h = HopByHop.forward(new DefaultHttpHeaders().add("Host", "a").add("X", "1").add("Via", "1.1 cdn"),
        false, "b:1");
    HopByHop.addVia(h, HttpVersion.HTTP_1_0);
    assertThat(h.getAll("Via")).containsExactly("1.1 cdn", "1.0 statuslint");
    assertThat(h.entries().get(0).getKey()).isEqualTo("Host");
    assertThat(h.entries().get(0).getValue()).isEqualTo("b:1");
  }

  @Test
  void http10ClosesUnlessKeptAlive() {
    assertThat(HopByHop.asksToClose(new DefaultHttpHeaders(), HttpVersion.HTTP_1_0)).isTrue();
    assertThat(HopByHop.asksToClose(new DefaultHttpHeaders().add("Connection", "keep-alive"), HttpVersion.HTTP_1_0))
        .isFalse();
    assertThat(HopByHop.asksToClose(new DefaultHttpHeaders(), HttpVersion.HTTP_1_1)).isFalse();
    assertThat(HopByHop.asksToClose(new DefaultHttpHeaders().add("Connection", "Close"), HttpVersion.HTTP_1_1))
        .isTrue();
  }
}
