package io.statuslint.examples.orders;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The orders, in memory. */
final class OrderStore {

  /** One order. */
  record Order(long id, String item, int quantity) {
    String json() {
      return "{\"id\":" + id + ",\"item\":\"" + Json.escape(item) + "\",\"quantity\":" + quantity + "}";
    }
  }

  private final Map<Long, Order> orders = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(41);

  Order add(String item, int quantity) {
    Order o = new Order(ids.incrementAndGet(), item, quantity);
    orders.put(o.id(), o);
    return o;
  }

  Optional<Order> find(long id) {
    return Optional.ofNullable(orders.get(id));
  }

  boolean remove(long id) {
    return orders.remove(id) != null;
  }
}
