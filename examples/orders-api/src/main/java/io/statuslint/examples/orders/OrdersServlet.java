package io.statuslint.examples.orders;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /orders} and {@code /orders/{id}}: create, read and delete orders, answering with the
 * codes the status guide asks for (201 with Location, 204 for a delete, 404/405/415/422 as Problem
 * Details).
 */
final class OrdersServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient OrderStore store;

  OrdersServlet(OrderStore store) {
    this.store = store;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (id(req).isPresent()) {
      methodNotAllowed(resp, "GET, DELETE");
      return;
    }
    if (req.getContentType() == null || !req.getContentType().startsWith("application/json")) {
      Json.problem(resp, 415, "Unsupported Media Type", "Send the order as application/json.");
      return;
    }
    String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String item = Json.string(body, "item");
    Integer quantity = Json.integer(body, "quantity");
    if (item == null || item.isBlank() || quantity == null || quantity < 1) {
      Json.problem(resp, 422, "Unprocessable Content", "An order needs an item and a quantity of at least 1.");
      return;
    }
    OrderStore.Order order = store.add(item, quantity);
    resp.setHeader("Location", "/orders/" + order.id());
    Json.send(resp, 201, order.json());
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<Long> id = id(req);
    if (id.isEmpty()) {
      methodNotAllowed(resp, "POST");
      return;
    }
    Optional<OrderStore.Order> order = store.find(id.get());
    if (order.isEmpty()) {
      Json.problem(resp, 404, "Not Found", "There is no order " + id.get() + ".");
      return;
    }
    Json.send(resp, 200, order.get().json());
  }

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<Long> id = id(req);
    if (id.isEmpty()) {
      methodNotAllowed(resp, "POST");
      return;
    }
    if (!store.remove(id.get())) {
      Json.problem(resp, 404, "Not Found", "There is no order " + id.get() + ".");
      return;
    }
    resp.setStatus(204);
  }

  private static void methodNotAllowed(HttpServletResponse resp, String allow) throws IOException {
    resp.setHeader("Allow", allow);
    Json.problem(resp, 405, "Method Not Allowed", "Use " + allow + " here.");
  }

  /** The id of {@code /orders/{id}}, or empty for {@code /orders}. */
  private static Optional<Long> id(HttpServletRequest req) {
    String path = req.getPathInfo();
    if (path == null || path.equals("/")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(path.substring(1)));
    } catch (NumberFormatException e) {
      return Optional.of(-1L);
    }
  }
}
