package io.statuslint.rule;

import java.util.List;

/**
 * What an operation-level rule may know about one operation of a spec: its responses as declared,
 * whether it takes a request body, and its effective security. The spec-completeness rules of
 * RULES.md ("declares no 2xx", "secured but no 401") judge this; a recorded exchange has no such
 * view, because traffic shows one response, never the set an operation can give.
 */
public interface OperationView {

  /** The method, upper case ({@code GET}, {@code POST}, …). */
  String method();

  /** The path template ({@code /orders/{id}}), a webhook's name, or a callback's expression. */
  String path();

  /** The operationId, or {@code null}. */
  String operationId();

  /** The summary, or {@code null}. */
  String summary();

  /**
   * Whether the operation has a responses map at all. OpenAPI 3.1 lets an operation leave it out;
   * such an operation is judged only for its missing success response.
   */
  boolean declaresResponses();

  /**
   * Every declared response in document order, each with its {@link ResponseView#statusText()}
   * ({@code "200"}, {@code "4XX"}, {@code "default"}). Spec extensions ({@code x-…}) are not responses.
   */
  List<? extends ResponseView> responses();

  /** Whether the operation takes a request body (OpenAPI {@code requestBody}, Swagger body/form parameters). */
  Fact requestBody();

  /**
   * The effective security requirements (the operation's own, else the document's): one list of
   * scheme names per alternative. An empty alternative ({@code {}}) means anonymous access is
   * allowed; an empty list means the operation is not secured.
   */
  List<List<String>> security();
}
