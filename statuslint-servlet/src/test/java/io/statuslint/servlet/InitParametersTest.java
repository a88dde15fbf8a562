package io.statuslint.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter as a container instantiates it (web.xml style): class name plus init parameters. */
class InitParametersTest {

  @Test
  void modeRetryAfterAndConfigComeFromInitParameters(@TempDir Path dir) throws Exception {
    Path config = dir.resolve(".statuslint.yaml");
    Files.writeString(config, "rules:\n  created-location: off\n");
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    FilterHolder holder = context.addFilter(StatusGuideFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
    holder.setInitParameter("mode", "guard");
    holder.setInitParameter("retry-after", "7");
    holder.setInitParameter("config", config.toString());
    context.addServlet(MisbehavingServlets.RateLimited.class, "/limited");
    context.addServlet(MisbehavingServlets.CreatedWithoutLocation.class, "/orders");
    server.setHandler(context);
    server.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
      HttpResponse<String> limited = client.send(HttpRequest.newBuilder(base.resolve("/limited")).build(),
          BodyHandlers.ofString());
      client.send(HttpRequest.newBuilder(base.resolve("/orders")).POST(HttpRequest.BodyPublishers.ofString("{}"))
          .build(), BodyHandlers.ofString());

      assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
      GuideMetrics metrics = (GuideMetrics) context.getServletContext().getAttribute(GuideMetrics.ATTRIBUTE);
      assertThat(metrics.exchanges()).isEqualTo(2);
      assertThat(metrics.retryAfterAdded()).isEqualTo(1);
      assertThat(metrics.findings("created-location")).as("turned off by the config file").isZero();
    } finally {
      server.stop();
    }
  }
}
