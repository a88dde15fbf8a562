package io.statuslint.examples.orders;

import io.statuslint.servlet.FilterMode;
import io.statuslint.servlet.GuideMetrics;
import io.statuslint.servlet.StatusGuideFilter;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A small order API on Jetty 12 with statuslint's servlet filter in front in guard mode: every
 * exchange is checked and logged, leaking error bodies are replaced, and rate-limited answers get
 * a Retry-After.
 *
 * <pre>
 * java -jar examples/orders-api/target/orders-api.jar [port]
 * </pre>
 */
public final class OrdersApi implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;
  private final StatusGuideFilter guide;

  private OrdersApi(Server server, ServerConnector connector, StatusGuideFilter guide) {
    this.server = server;
    this.connector = connector;
    this.guide = guide;
  }

  /** Starts the API on 127.0.0.1:{@code port} (0 picks a free port). */
  public static OrdersApi start(int port) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);

    StatusGuideFilter guide = StatusGuideFilter.create(s -> s.mode(FilterMode.GUARD).retryAfterSeconds(60));
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(new FilterHolder(guide), "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    context.addServlet(new ServletHolder(new OrdersServlet(new OrderStore())), "/orders/*");
    context.addServlet(new ServletHolder(new ReportsServlet()), "/reports/*");
    server.setHandler(context);
    server.start();
    return new OrdersApi(server, connector, guide);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + path);
  }

  /** What the filter counted: exchanges, findings per rule, bodies replaced. */
  public GuideMetrics metrics() {
    return guide.metrics();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    OrdersApi api = start(port);
    System.out.println("orders API on " + api.uri("/orders") + " (Ctrl-C stops it)");
    System.out.println("  curl -i -X POST -H 'Content-Type: application/json' -d '{\"item\":\"book\",\"quantity\":1}' "
        + api.uri("/orders"));
    System.out.println("  curl -i " + api.uri("/reports/broken") + "   # a leak the guard stops");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        api.close();
      } catch (Exception e) {
        Thread.currentThread().interrupt();
      }
    }));
    api.server.join();
  }
}
