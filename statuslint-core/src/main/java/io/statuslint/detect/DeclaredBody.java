package io.statuslint.detect;

import java.util.List;

/**
 * What a spec knows about a response body without an example: implemented by a spec's
 * {@link io.statuslint.rule.ResponseView} so that the body rules judge a schema with the same
 * decisions they apply to a recorded body. Traffic views do not implement it.
 */
public interface DeclaredBody {

  /**
   * The top-level properties of the response schema, as {@link JsonMember#declared declared}
   * members, or with their value where the schema pins one ({@code const}, or an {@code enum} of one
   * value): {@code success: {const: false}} is {@code JsonMember.of("success", BOOLEAN, "false", false)}.
   */
  List<JsonMember> declaredMembers();

  /** Whether the same schema is also one of the operation's 4xx/5xx response schemas. */
  boolean sharedWithErrorResponse();
}
