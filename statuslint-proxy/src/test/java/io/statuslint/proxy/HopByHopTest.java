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
    HopByHop.strip(h, false);
    assertThat(h.names()).containsExactlyInAnyOrder("Host", "Content-Length", "Transfer-Encoding", "X-Keep");
  }

  @Test
  void anUpgradeKeepsUpgradeAndConnectionUpgrade() {
    HttpHeaders h = new DefaultHttpHeaders().add("Connection", "Upgrade").add("Upgrade", "websocket");
    assertThat(HopByHop.asksToUpgrade(h)).isTrue();
    HopByHop.strip(h, true);
    assertThat(h.get("Connection")).isEqualTo("upgrade");
    assertThat(h.get("Upgrade")).isEqualTo("websocket");
  }

  @Test
  void viaIsAppendedWithTheReceivedProtocolAndHostIsReplacedInPlace() {
    HttpHeaders h = new DefaultHttpHeaders().add("Host", "a").add("X", "1").add("Via", "1.1 cdn");
    HopByHop.addVia(h, HttpVersion.HTTP_1_0);
    HopByHop.replace(h, "Host", "b:1");
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
