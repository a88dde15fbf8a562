package io.statuslint.rules.bodies;

import io.statuslint.detect.DeclaredBody;
import io.statuslint.detect.JsonMember;
import io.statuslint.model.Body;
import io.statuslint.model.ResourceHint;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;
import java.util.List;

/**
 * A stand-in for the OpenAPI module's response view: a declared response with a media type and a
 * schema's top-level properties, no example. Shows how the spec side plugs into the body rules.
 */
record SpecLikeView(int status, String mediaType, List<JsonMember> declaredMembers, boolean sharedWithErrorResponse)
    implements ResponseView, DeclaredBody {

  @Override
  public Surface surface() {
    return Surface.SPEC;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public String url() {
    return "/orders/{id}";
  }

  @Override
  public Fact header(String name) {
    return name.equalsIgnoreCase("Content-Type") && mediaType != null ? Fact.PRESENT : Fact.ABSENT;
  }

  @Override
  public String headerValue(String name) {
    return name.equalsIgnoreCase("Content-Type") ? mediaType : null;
  }

  @Override
  public Fact requestHeader(String name) {
    return Fact.UNKNOWN;
  }

  @Override
  public String requestHeaderValue(String name) {
    return null;
  }

  @Override
  public Fact content() {
    return Fact.of(mediaType != null);
  }

  @Override
  public Body body() {
    return Body.unknown();
  }

  @Override
  public ResourceHint resourceHint() {
    return ResourceHint.API;
  }
}
