package io.statuslint.rules.spec;

import io.statuslint.rule.OperationView;
import io.statuslint.rule.ResponseView;
import java.util.ArrayList;
import java.util.List;

/**
 * The status keys an operation declares, read the way RULES.md's spec facts say: an explicit code
 * declares itself and its class; a range ({@code 4XX}) declares its class but no code; {@code default}
 * declares only itself (the rules that let it stand for 4xx/5xx say so). A range written in lower
 * case ({@code 4xx}) is invalid OpenAPI and reported by {@code status-out-of-range}; here it still
 * counts as the class it obviously means, so one typo does not also read as "declares no errors".
 */
final class DeclaredStatuses {

  private final List<ResponseView> responses;
  private final boolean[] classDeclared = new boolean[6];
  private final boolean[] rangeDeclared = new boolean[6];
  private final List<Integer> codes = new ArrayList<>();
  private boolean defaultDeclared;

  private DeclaredStatuses(List<? extends ResponseView> responses) {
    this.responses = List.copyOf(responses);
    for (ResponseView r : responses) {
      String key = r.statusText().trim();
      if (key.equals("default")) {
        defaultDeclared = true;
      } else if (key.length() == 3 && key.charAt(0) >= '1' && key.charAt(0) <= '5'
          && (key.charAt(1) == 'X' || key.charAt(1) == 'x') && (key.charAt(2) == 'X' || key.charAt(2) == 'x')) {
        int digit = key.charAt(0) - '0';
        rangeDeclared[digit] = true;
        classDeclared[digit] = true;
      } else if (r.exactStatus()) {
        int code = r.status();
        codes.add(code);
        if (code >= 100 && code <= 599) {
          classDeclared[code / 100] = true;
        }
      }
    }
  }

  static DeclaredStatuses of(OperationView operation) {
    return new DeclaredStatuses(operation.responses());
  }

  /** An explicit code (not a range, not default). */
  boolean has(int code) {
    return codes.contains(code);
  }

  /** An explicit code of the class, or the class's range: {@code digit} 2 for 2xx. */
  boolean hasClass(int digit) {
    return classDeclared[digit];
  }

  /** The range key of the class ({@code 4XX}). */
  boolean hasRange(int digit) {
    return rangeDeclared[digit];
  }

  boolean hasDefault() {
    return defaultDeclared;
  }

  /** The explicit codes of a class, in document order. */
  List<Integer> codesOfClass(int digit) {
    List<Integer> out = new ArrayList<>();
    for (int c : codes) {
      if (c / 100 == digit && c >= 100 && c <= 599) {
        out.add(c);
      }
    }
    return out;
  }

  /** The declared response with exactly this code, or {@code null}. */
  ResponseView response(int code) {
    for (ResponseView r : responses) {
      if (r.exactStatus() && r.status() == code) {
        return r;
      }
    }
    return null;
  }

  List<ResponseView> all() {
    return responses;
  }
}
