package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.traffic.BadInputException;
import io.statuslint.traffic.ExchangeReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  @Test
  void everyExchangeArrivesInOrder() throws IOException {
    try (ReadAhead r = ReadAhead.start(() -> new ListReader(exchanges(500, null)))) {
      List<String> urls = new ArrayList<>();
      Exchange e;
      while ((e = r.next()) != null) {
        urls.add(e.request().url());
      }
      assertThat(urls).hasSize(500).startsWith("/e/0", "/e/1").endsWith("/e/499");
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void aFailureToOpenIsThrownByTheFirstRead() throws IOException {
    try (ReadAhead r = ReadAhead.start(() -> {
      throw new BadInputException("gone.har", -1, -1, "no such file");
    })) {
      assertThatThrownBy(r::next).isInstanceOf(BadInputException.class).hasMessageContaining("no such file");
      assertThat(r.skipped()).isZero();
    }
  }

  @Test
  void closingBeforeTheInputIsOpenClosesItOnceOpened() throws Exception {
    CountDownLatch mayOpen = new CountDownLatch(1);
    ListReader source = new ListReader(exchanges(10, null));
    ReadAhead r = ReadAhead.start(() -> {
      try {
        mayOpen.await();
      } catch (InterruptedException e) {
        // close() interrupts the reading thread: the opener goes on and returns the input
      }
      return source;
    });
    r.close();
    mayOpen.countDown();
    for (int i = 0; i < 100 && !source.closed; i++) {
      Thread.sleep(10);
    }
    assertThat(source.closed).isTrue();
  }

  @Test
  void deferredBodiesAreProducedByTheThreadThatReadsThem() throws Exception {
    Set<String> producers = ConcurrentHashMap.newKeySet();
    try (ReadAhead r = ReadAhead.start(() -> new ListReader(exchanges(300, producers)))) {
      Exchange e;
      while ((e = r.next()) != null) {
        assertThat(e.response().body().text()).isEqualTo("{\"n\":1}");
        TimeUnit.MICROSECONDS.sleep(100); // a slow judge: the reader gets far ahead
      }
    }
    assertThat(producers).containsExactly(Thread.currentThread().getName());
  }

  private static List<Exchange> exchanges(int n, Set<String> producers) {
    List<Exchange> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Body body = producers == null ? Body.ofText("{}") : Body.ofDeferredText(new Body.DeferredText() {
        @Override
        public String text() {
          producers.add(Thread.currentThread().getName());
          return "{\"n\":1}";
        }

        @Override
        public String prefix(int maxChars) {
          String t = text();
          return t.length() <= maxChars ? t : t.substring(0, maxChars);
        }
      });
      list.add(ExchangeBuilder.get("/e/" + i).respond(200).body(body).build());
    }
    return list;
  }

  private static final class ListReader implements ExchangeReader {
    private final List<Exchange> items;
    private int next;
    volatile boolean closed;

    ListReader(List<Exchange> items) {
      this.items = items;
    }

    @Override
    public Exchange next() {
      return next < items.size() ? items.get(next++) : null;
    }

    @Override
    public long skipped() {
      return 0;
    }

    @Override
    public long position() {
      return next;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
