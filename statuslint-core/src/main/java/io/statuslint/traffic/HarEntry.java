package io.statuslint.traffic;

import io.statuslint.model.Headers;

/** What was read of one entry; {@link #problem} is set when it cannot become an exchange. */
final class HarEntry {
  String problem;
  String id;
  String resourceType;
  String comment;
  boolean devTools;
  boolean fromCache;
  boolean requestSeen;
  String method;
  String url;
  final HeaderList requestHeaders = new HeaderList();
  long requestHeadersSize = -1;
  long requestBodySize = -1;
  JsonInput.Text postText;
  String postEncoding;
  String postMimeType;
  String requestComment;
  int status;
  String statusText;
  final HeaderList responseHeaders = new HeaderList();
  long responseHeadersSize = -1;
  long responseBodySize = -1;
  JsonInput.Text contentText;
  /** The response text as raw JSON string bytes, when it was captured instead of decoded. */
  RawJsonString contentRaw;
  /** Characters of a binary body's text that was skipped, or -1 (none skipped, or size known). */
  long skippedChars = -1;
  boolean binarySkipped;
  String contentEncoding;
  String contentMimeType;
  long contentSize = -1;

  void problem(String message) {
    if (problem == null) {
      problem = message;
    }
  }

  /** Header fields of a HAR header list; HTTP/2 and HTTP/3 pseudo-headers are left out but noted. */
  static final class HeaderList {
    final Headers.Builder fields = Headers.builder();
    int count;
    boolean pseudo;
  }
}
