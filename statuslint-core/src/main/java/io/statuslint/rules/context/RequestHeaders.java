package io.statuslint.rules.context;

import io.statuslint.rule.ResponseView;
import java.util.List;

/**
 * The shared decision of the rules that judge a code by the request it answers: "the request
 * carried none of these header fields" holds only when each one is known to be absent. A browser's
 * provisional request headers, or a missing request, make a field unknown, and then nothing fires.
 */
final class RequestHeaders {

  private RequestHeaders() {}

  /** True when the request is known to have carried none of {@code names}. */
  static boolean knownToLackAll(ResponseView response, List<String> names) {
    for (String name : names) {
      if (!response.requestHeader(name).isAbsent()) {
        return false;
      }
    }
    return true;
  }

  /** {@code "If-Match, If-None-Match or If"}: the names as a message lists them. */
  static String either(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}
