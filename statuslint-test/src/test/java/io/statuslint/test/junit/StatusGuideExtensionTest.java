package io.statuslint.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.statuslint.test.ExchangeLog;
import io.statuslint.test.RecordingHttpClient;
import io.statuslint.test.TestApi;
import io.statuslint.test.restassured.StatusGuideRestAssuredFilter;
import io.restassured.RestAssured;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs small sample test classes with the JUnit launcher and looks at what failed: the tests, or the
 * class. The samples are nested static classes, which Surefire does not run on its own.
 */
class StatusGuideExtensionTest {

  static TestApi api;

  @BeforeAll
  static void start() throws Exception {
    api = TestApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void collectsEveryExchangeOfTheClassAndFailsItOnceAtTheEnd() {
    Results r = run(OptedInSample.class);

    assertThat(r.failedTests()).isEmpty();
    assertThat(r.passedTests()).hasSize(3);
    assertThat(r.classFailure()).isNotNull();
    String report = r.classFailure().getMessage();
    assertThat(report)
        .startsWith("3 of 5 exchanges made by " + OptedInSample.class.getName() + " break the status guide:")
        .contains("POST " + api.uri("/orders/lost") + " -> 201\n  1. [warning] created-location")
        .contains("GET " + api.uri("/teapot") + " -> 418\n  1. [error] status-teapot")
        .doesNotContain("/orders/42 ->");
  }

  @Test
  void ignoredRulesAndTheFailingLevelApplyToTheWholeClass() {
    Results r = run(IgnoringSample.class);

    assertThat(r.failedTests()).isEmpty();
    assertThat(r.classFailure()).isNull();
  }

  @Test
  void withoutTheAnnotationAHookFailsTheTestThatMadeTheExchange() {
    Results r = run(NotOptedInSample.class);

    assertThat(r.failedTests()).containsOnlyKeys("teapot()");
    assertThat(r.failedTests().get("teapot()").getMessage()).contains("status-teapot");
    assertThat(r.classFailure()).isNull();
  }

  @Test
  void outsideAnyClassLogTheHookAssertsAtOnce() {
    HttpClient client = RecordingHttpClient.wrap(HttpClient.newHttpClient());
    assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(api.uri("/teapot")).build(), BodyHandlers.ofString()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("status-teapot");
  }

  // ---- samples ----

  @SampleClass
  @CheckStatusGuide
  static class OptedInSample {
    final HttpClient client = RecordingHttpClient.wrap(HttpClient.newHttpClient());

    @Test
    void jdkClient() throws Exception {
      client.send(HttpRequest.newBuilder(api.uri("/orders/42")).build(), BodyHandlers.ofString());
      client.send(HttpRequest.newBuilder(api.uri("/orders/lost")).POST(BodyPublishers.ofString("{}")).build(),
          BodyHandlers.ofString());
    }

    @Test
    void restAssured() {
      RestAssured.given().filter(new StatusGuideRestAssuredFilter()).get(api.uri("/teapot")).then().statusCode(418);
    }

    @Test
    void byHandAndAsynchronously(ExchangeLog log) throws Exception {
      log.record(HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/orders/42")).build(),
          BodyHandlers.ofString()));
      // Completes on a client thread: still counted for this class.
      client.sendAsync(HttpRequest.newBuilder(api.uri("/teapot")).build(), BodyHandlers.ofString()).join();
    }
  }

  @SampleClass
  @CheckStatusGuide(ignore = "status-teapot", failOn = io.statuslint.rule.Severity.ERROR)
  static class IgnoringSample {
    @Test
    void both() throws Exception {
      HttpClient client = RecordingHttpClient.wrap(HttpClient.newHttpClient());
      client.send(HttpRequest.newBuilder(api.uri("/teapot")).build(), BodyHandlers.ofString());
      client.send(HttpRequest.newBuilder(api.uri("/orders/lost")).POST(BodyPublishers.ofString("{}")).build(),
          BodyHandlers.ofString());
    }
  }

  @SampleClass
  static class NotOptedInSample {
    @Test
    void clean() {
      RestAssured.given().filter(new StatusGuideRestAssuredFilter()).get(api.uri("/orders/42"));
    }

    @Test
    void teapot() {
      RestAssured.given().filter(new StatusGuideRestAssuredFilter()).get(api.uri("/teapot"));
    }
  }

  // ---- running them ----

  record Results(Map<String, Throwable> failedTests, List<String> passedTests, Throwable classFailure) {}

  private static Results run(Class<?> sample) {
    Map<String, Throwable> failed = new ConcurrentHashMap<>();
    List<String> passed = new ArrayList<>();
    Throwable[] classFailure = new Throwable[1];
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            passed.add(id.getDisplayName());
          } else {
            failed.put(id.getDisplayName(), result.getThrowable().orElseThrow());
          }
        } else if (id.getSource().filter(s -> s instanceof ClassSource c && c.getJavaClass() == sample).isPresent()
            && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
          classFailure[0] = result.getThrowable().orElseThrow();
        }
      }
    };
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(sample)).configurationParameter(SampleClass.PARAMETER, "true").build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, listener);
    return new Results(failed, passed, classFailure[0]);
  }
}
