package io.statuslint.rules.headers;

import static io.statuslint.rules.headers.JsonUrlMembers.Presence.FOUND;
import static io.statuslint.rules.headers.JsonUrlMembers.Presence.NONE;
import static io.statuslint.rules.headers.JsonUrlMembers.Presence.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonUrlMembersTest {

  @Test
  void findsUrlStringsAtDepthZeroToTwo() {
    assertThat(JsonUrlMembers.scan("\"/a/b\"", true)).isEqualTo(FOUND);
    assertThat(JsonUrlMembers.scan("{\"a\":\"/jobs/1\"}", true)).isEqualTo(FOUND);
    assertThat(JsonUrlMembers.scan("{\"a\":{\"b\":\"https://x.example\"}}", true)).isEqualTo(FOUND);
    assertThat(JsonUrlMembers.scan("{\"a\":{\"b\":{\"c\":\"/jobs/1\"}}}", true)).isEqualTo(NONE);
  }

  @Test
  void skipsDeepObjectsButKeepsReadingTheirSiblings() {
    assertThat(JsonUrlMembers.scan("{\"a\":{\"b\":{\"c\":\"/x/1\"},\"d\":\"/jobs/1\"}}", true)).isEqualTo(FOUND);
  }

  @Test
  void memberNamesAreNotValues() {
    assertThat(JsonUrlMembers.scan("{\"/jobs/1\":42}", true)).isEqualTo(NONE);
  }

  @Test
  void invalidJsonHasNoMembersButACutPrefixIsUnknown() {
    assertThat(JsonUrlMembers.scan("{\"a\": nope}", true)).isEqualTo(NONE);
    assertThat(JsonUrlMembers.scan("{\"a\": tr", false)).isEqualTo(UNKNOWN);
    assertThat(JsonUrlMembers.scan("{\"a\": \"x\"", false)).isEqualTo(UNKNOWN);
    assertThat(JsonUrlMembers.scan("{\"a\": \"x\"} trailing", false)).isEqualTo(NONE);
  }

  @Test
  void separatesUrlsFromIds() {
    assertThat(JsonUrlMembers.isUrl("/jobs/42")).isTrue();
    assertThat(JsonUrlMembers.isUrl("https://api.example.com")).isTrue();
    assertThat(JsonUrlMembers.isUrl("42")).isFalse();
    assertThat(JsonUrlMembers.isUrl("5f8d0a3e-1c2b-4e0f-9a6b-7c8d9e0f1a2b")).isFalse();
    assertThat(JsonUrlMembers.isUrl("urn:uuid:5f8d0a3e")).isFalse();
    assertThat(JsonUrlMembers.isUrl("/")).isFalse();
    assertThat(JsonUrlMembers.isUrl("/?q")).isFalse();
  }
}
