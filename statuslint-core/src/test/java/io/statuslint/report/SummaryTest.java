package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Location;
import io.statuslint.http.StatusClass;
import io.statuslint.model.EndpointTemplates;
import io.statuslint.rule.Suggestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void countsStatusClassesAndEndpointsOfTheFixedRun() {
    Summary s = ReportFixtures.summary(ReportFixtures.findings());
    assertThat(s.statusClasses()).containsExactly(Map.entry(StatusClass.SUCCESSFUL, 48L),
        Map.entry(StatusClass.REDIRECTION, 2L), Map.entry(StatusClass.CLIENT_ERROR, 9L),
        Map.entry(StatusClass.SERVER_ERROR, 1L));
    assertThat(s.exchangesByEndpoint()).containsEntry("GET /orders/{id}", 42L).containsEntry("GET /poll", 1L);
    assertThat(s.findingsByEndpoint().entrySet().iterator().next()).isEqualTo(Map.entry("GET /orders/{id}", 2L));
    assertThat(s.findingsByEndpoint()).containsEntry("POST /orders", 2L).containsEntry("POST /orders/{id}/archive", 1L);
  }

  @Test
  void endpointCountsStayBoundedOnEndlessDistinctUrls() {
    Summary s = new Summary();
    for (int i = 0; i < Summary.MAX_ENDPOINTS + 500; i++) {
      // Words, not ids: the heuristic keeps each one a separate endpoint.
      s.countExchange("GET", "https://api.example.com/" + word(i), 200);
    }
    Map<String, Long> endpoints = s.exchangesByEndpoint();
    assertThat(endpoints).hasSize(Summary.MAX_ENDPOINTS + 1);
    assertThat(endpoints).containsEntry(Summary.OTHER_ENDPOINTS, 500L);
    assertThat(s.exchanges()).isEqualTo(Summary.MAX_ENDPOINTS + 500);
  }

  @Test
  void usesTheSpecTemplatesWhenGiven() {
    Summary s = new Summary();
    s.useEndpointTemplates(EndpointTemplates.fromPathTemplates(List.of("/users/{login}")));
    s.countFinding(ReportFixtures.finding(ReportFixtures.byId("created-location"), "m", Suggestion.text("s"),
        Location.ofExchange("a.har", 0, 1, "x", "POST", "https://api.example.com/users/octocat", 201), null));
    assertThat(s.findingsByEndpoint()).containsExactly(Map.entry("POST /users/{login}", 1L));
  }

  private static String word(int i) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return sb.toString();
  }
}
