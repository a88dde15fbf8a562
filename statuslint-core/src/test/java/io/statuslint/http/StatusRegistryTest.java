package io.statuslint.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusRegistryTest {

  @Test
  void holdsTheWholeIanaRegistry() {
    // 1xx: 5, 2xx: 10, 3xx: 9 (305/306 included), 4xx: 29 (418 included), 5xx: 11.
    assertThat(StatusRegistry.all()).hasSize(64);
    assertThat(StatusRegistry.all()).extracting(StatusCode::code).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void marksUnusedDeprecatedObsoleteAndProvisionalCodes() {
    assertThat(StatusRegistry.get(418).registration()).isEqualTo(StatusCode.Registration.UNUSED);
    assertThat(StatusRegistry.get(306).registration()).isEqualTo(StatusCode.Registration.UNUSED);
    assertThat(StatusRegistry.get(305).registration()).isEqualTo(StatusCode.Registration.DEPRECATED);
    assertThat(StatusRegistry.get(510).registration()).isEqualTo(StatusCode.Registration.OBSOLETE);
    assertThat(StatusRegistry.get(104).registration()).isEqualTo(StatusCode.Registration.PROVISIONAL);
  }

  @Test
  void keepsUnregisteredCodesRepresentable() {
    for (int code : new int[] {209, 299, 419, 420, 440, 444, 449, 499, 520, 527, 598, 599, 0, 99, 600, 999}) {
      assertThat(StatusRegistry.isRegistered(code)).as("%d", code).isFalse();
      assertThat(StatusRegistry.label(code)).isEqualTo(Integer.toString(code));
    }
    assertThat(StatusRegistry.inRange(599)).isTrue();
    assertThat(StatusRegistry.inRange(600)).isFalse();
    assertThat(StatusClass.of(999)).isEqualTo(StatusClass.INVALID);
  }

  @Test
  void knowsTheFactsRulesNeed() {
    assertThat(StatusRegistry.get(201).requiredHeaders()).containsExactly("Location");
    assertThat(StatusRegistry.get(405).requiredHeaders()).containsExactly("Allow");
    assertThat(StatusRegistry.get(429).requiredHeaders()).containsExactly("Retry-After");
    assertThat(StatusRegistry.get(204).contentForbidden()).isTrue();
    assertThat(StatusRegistry.get(304).contentForbidden()).isTrue();
    assertThat(StatusRegistry.get(200).contentForbidden()).isFalse();
    assertThat(StatusRegistry.get(422).reason()).isEqualTo("Unprocessable Content");
    assertThat(StatusRegistry.get(413).reason()).isEqualTo("Content Too Large");
  }
}
