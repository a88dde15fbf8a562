package io.statuslint.openapi.walk;

import io.statuslint.model.Body;
import io.statuslint.model.MediaTypes;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.resolve.RefResolver;

/**
 * Finds the example a spec gives for a response and turns it into the body rules read.
 *
 * <p>OpenAPI 3: for each media type in order, its {@code example}, else the first of its
 * {@code examples} with a {@code value}, else its schema's {@code example} (or, in 3.1, the first of
 * the schema's {@code examples}). Swagger 2.0: the response's {@code examples} by media type, else its
 * schema's {@code example}. Strings are taken as they are unless the media type is JSON and the
 * string is not itself JSON text; everything else is written as JSON. Examples longer than the
 * run's cap become a truncated body (a known prefix), which also bounds the cost of YAML aliases.
 */
final class Examples {

  /** An example's media type and body; body unknown when the response gives no example. */
  record Found(String mediaType, Body body) {
    static final Found NONE = new Found(null, Body.unknown());
  }

  private Examples() {}

  static Found find(SpecOperationView operation, SpecDocument doc, SpecObject response) {
    SpecRun run = operation.run();
    int cap = run.limits().maxExampleChars();
    if (run.version().isSwagger2()) {
      String produces = firstProduces(run, operation);
      SpecObject examples = response.object("examples");
      if (examples != null && examples.size() > 0) {
        String mediaType = MediaTypes.essence(examples.key(0));
        return new Found(mediaType, toBody(examples.value(0), mediaType, cap));
      }
      SpecObject schema = run.derefObject(doc, response.get("schema"));
      Object example = schema == null ? null : schemaExample(schema);
      return new Found(produces, example == null ? Body.unknown() : toBody(example, produces, cap));
    }
    SpecObject content = run.derefObject(doc, response.get("content"));
    if (content == null || content.isEmpty()) {
      return Found.NONE;
    }
    for (int i = 0; i < content.size(); i++) {
      if (!(content.value(i) instanceof SpecObject mediaTypeObject)) {
        continue;
      }
      Object example = mediaTypeExample(run, doc, mediaTypeObject);
      if (example != null) {
        String mediaType = MediaTypes.essence(content.key(i));
        return new Found(mediaType, toBody(example, mediaType, cap));
      }
    }
    return new Found(MediaTypes.essence(content.key(0)), Body.unknown());
  }

  private static Object mediaTypeExample(SpecRun run, SpecDocument doc, SpecObject mediaType) {
    Object direct = mediaType.get("example");
    if (direct != null) {
      return direct;
    }
    SpecObject examples = mediaType.object("examples");
    if (examples != null) {
      for (int i = 0; i < examples.size(); i++) {
        RefResolver.Resolved r = run.deref(doc, examples.value(i));
        if (r != null && r.value() instanceof SpecObject example && example.get("value") != null) {
          return example.get("value");
        }
      }
    }
    SpecObject schema = run.derefObject(doc, mediaType.get("schema"));
    return schema == null ? null : schemaExample(schema);
  }

  private static Object schemaExample(SpecObject schema) {
    Object example = schema.get("example");
    if (example != null) {
      return example;
    }
    SpecArray examples = schema.array("examples");
    return examples != null && examples.size() > 0 ? examples.get(0) : null;
  }

  private static String firstProduces(SpecRun run, SpecOperationView operation) {
    SpecArray produces = operation.node().array("produces");
    if (produces == null) {
      produces = run.root().rootObject().array("produces");
    }
    return produces != null && produces.size() > 0 && produces.get(0) instanceof String s
        ? MediaTypes.essence(s) : null;
  }

  static Body toBody(Object example, String mediaType, int cap) {
    if (example instanceof String s) {
      if (!MediaTypes.isJson(mediaType) || looksLikeJson(s)) {
        return s.length() > cap ? Body.truncated(s.substring(0, cap), -1) : Body.ofText(s);
      }
    }
    StringBuilder out = new StringBuilder();
    boolean complete = ExampleJson.write(example, out, cap);
    return complete ? Body.ofText(out.toString()) : Body.truncated(out.toString(), -1);
  }

  private static boolean looksLikeJson(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }
}
