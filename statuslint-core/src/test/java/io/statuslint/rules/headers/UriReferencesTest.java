package io.statuslint.rules.headers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriReferencesTest {

  @Test
  void emptyIsASameDocumentReference() {
    assertThat(UriReferences.isValid("")).isTrue();
    assertThat(UriReferences.isValid(null)).isFalse();
  }

  @Test
  void classifiesAbsoluteHttpUris() {
    assertThat(UriReferences.isAbsoluteHttp("https://api.example.com")).isTrue();
    assertThat(UriReferences.isAbsoluteHttp("http://127.0.0.1:8080/jobs/1")).isTrue();
    assertThat(UriReferences.isAbsoluteHttp("https://[::1]/jobs")).isTrue();
    assertThat(UriReferences.isAbsoluteHttp("https:/jobs/1")).isFalse();
    assertThat(UriReferences.isAbsoluteHttp("https://")).isFalse();
    assertThat(UriReferences.isAbsoluteHttp("https://:443/x")).isFalse();
    assertThat(UriReferences.isAbsoluteHttp("wss://api.example.com")).isFalse();
    assertThat(UriReferences.isAbsoluteHttp("https://api.example.com/a b")).isFalse();
    assertThat(UriReferences.isAbsoluteHttp(" https://api.example.com")).isFalse();
  }

  @Test
  void classifiesAbsolutePaths() {
    assertThat(UriReferences.isAbsolutePath("/jobs/1")).isTrue();
    assertThat(UriReferences.isAbsolutePath("/jobs/1?x=1#y")).isTrue();
    assertThat(UriReferences.isAbsolutePath("/")).isFalse();
    assertThat(UriReferences.isAbsolutePath("//host/p")).isFalse();
    assertThat(UriReferences.isAbsolutePath("jobs/1")).isFalse();
    assertThat(UriReferences.isAbsolutePath("/jobs/1 ")).isFalse();
    assertThat(UriReferences.isAbsolutePath("/jobs/%x1")).isFalse();
  }

  @Test
  void checksIpv4InsideIpv6Literals() {
    assertThat(UriReferences.isValid("http://[::ffff:192.0.2.256]/")).isFalse();
    assertThat(UriReferences.isValid("http://[::ffff:192.0.2.01]/")).isFalse();
    assertThat(UriReferences.isValid("http://[1:2:3:4:5:6:192.0.2.1]/")).isTrue();
    assertThat(UriReferences.isValid("http://[1:2:3:4:5:6:7:192.0.2.1]/")).isFalse();
    assertThat(UriReferences.isValid("http://[::]/")).isTrue();
    assertThat(UriReferences.isValid("http://[1::]/")).isTrue();
    assertThat(UriReferences.isValid("http://[:1]/")).isFalse();
    assertThat(UriReferences.isValid("http://[1:]/")).isFalse();
  }
}
