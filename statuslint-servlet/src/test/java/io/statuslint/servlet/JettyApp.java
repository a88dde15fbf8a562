package io.statuslint.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A real Jetty 12 on 127.0.0.1 with the filter in front of the given servlets. */
final class JettyApp implements AutoCloseable {

  private final Server server;
  private final int port;
  private final HttpClient client = HttpClient.newHttpClient();

  private JettyApp(Server server, int port) {
    this.server = server;
    this.port = port;
  }

  static JettyApp start(Filter filter, Map<String, HttpServlet> servlets) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    if (filter != null) {
      context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    }
    for (Map.Entry<String, HttpServlet> e : servlets.entrySet()) {
      ServletHolder holder = new ServletHolder(e.getValue());
      holder.setAsyncSupported(true);
      context.addServlet(holder, e.getKey());
    }
    server.setHandler(context);
    server.start();
    return new JettyApp(server, connector.getLocalPort());
  }

  static Map<String, HttpServlet> servlets(Object... pathsAndServlets) {
    Map<String, HttpServlet> map = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndServlets.length; i += 2) {
      map.put((String) pathsAndServlets[i], (HttpServlet) pathsAndServlets[i + 1]);
    }
    return map;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").build(), BodyHandlers.ofString());
  }

  HttpClient client() {
    return client;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
