package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriReferencesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "about:blank", "https://example.com/probs/out-of-credit", "/problems/x", "x",
      "OUT_OF_CREDIT", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", "tag:example.com,2024:quota",
      "https://example.com/caf%C3%A9?lang=en#top", "//cdn.example.com/a", "https://[2001:db8::1]:8443/p",
      "HTTPS://EXAMPLE.COM", "mailto:ops@example.com", "../up/one", "?q=1", "#frag"})
  void acceptsUriReferences(String s) {
    assertThat(UriReferences.isUriReference(s)).as(s).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"validation error", "about: blank", "https://example.com/%zz", "https://x/%4",
      "https:\\\\example.com\\probs", "/orders/{id}", "1a:b", "a#b#c", "https://example.com/<x>",
      "https://exämple.com", "http://[::1/x", "http://exa[mple].com"})
  void rejectsWhatRfc3986Forbids(String s) {
    assertThat(UriReferences.isUriReference(s)).as(s).isFalse();
  }
}
