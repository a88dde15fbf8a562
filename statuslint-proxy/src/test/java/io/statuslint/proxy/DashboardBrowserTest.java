package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The dashboard as a person sees it, in headless Chromium. */
class DashboardBrowserTest {

  private static final String HOSTILE_PATH =
      "/h/%3Cscript%3Ewindow.__pwned=1%3C/script%3E/<img/src=x/onerror=window.__pwned=2>/javascript:window.__pwned=3";

  @Test
  void aRequestThroughTheProxyShowsUpLiveAndHostileTrafficNeverRuns() throws Exception {
    try (RawUpstream up = new RawUpstream((head, in, out, s) -> {
          String body = head.contains(" /orders/") ? "{\"status\":429}"
              : "<script>window.__pwned=5</script><img src=x onerror=\"window.__pwned=6\">";
          String status = head.contains(" /orders/") ? "429 Too Many Requests\r\nContent-Type: application/problem+json"
              : "201 Created\r\nContent-Type: text/html\r\nLocation: <img src=x onerror=window.__pwned=4>";
          out.write(("HTTP/1.1 " + status + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
              .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        });
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.dashboard(new InetSocketAddress("127.0.0.1", 0)));
        HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
      InetSocketAddress d = p.proxy.dashboardAddress();
      chromium.navigate("http://127.0.0.1:" + d.getPort() + "/");
      assertThat(chromium.waitFor("document.getElementById('live').textContent", "live"::equals)).isEqualTo("live");
      assertThat(chromium.eval("document.getElementById('findings').textContent")).doesNotContain("rate-limit");

      // (1) A request made now, through the proxy, appears on the open page without a reload.
      try (RawClient c = new RawClient(p.port())) {
        assertThat(c.send("GET /orders/7 HTTP/1.1\r\nHost: x\r\n\r\n").readResponse(false)).startsWith("HTTP/1.1 429");
      }
      String findings = chromium.waitFor("document.getElementById('findings').textContent",
          t -> t.contains("rate-limit-retry-after"));
      assertThat(findings).contains("rate-limit-retry-after").contains("GET /orders/{id}");
      assertThat(chromium.waitFor("document.getElementById('t-exchanges').textContent", "1"::equals)).isEqualTo("1");

      // (2) Hostile URL, header and body content is shown as text and never runs.
      try (RawClient c = new RawClient(p.port())) {
        assertThat(c.send("POST " + HOSTILE_PATH + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
            .readResponse(false)).startsWith("HTTP/1.1 201");
      }
      String shown = chromium.waitFor("document.getElementById('findings').textContent",
          t -> t.contains("onerror=window.__pwned=2"));
      assertThat(shown).contains("<img/src=x/onerror=window.__pwned=2>").contains("javascript:window.__pwned=3");
      Thread.sleep(500);
      assertThat(chromium.eval("typeof window.__pwned")).isEqualTo("undefined");
      assertThat(chromium.eval("String(document.querySelectorAll('#findings img, #findings script, "
          + "#findings a, #findings [onerror]').length)")).isEqualTo("0");
      // The CSP would stop a script even if one got into the page.
      assertThat(chromium.eval("(function(){var s=document.createElement('script');s.textContent="
          + "'window.__pwned=9';document.body.appendChild(s);return typeof window.__pwned;})()"))
          .isEqualTo("undefined");
    }
  }
}
