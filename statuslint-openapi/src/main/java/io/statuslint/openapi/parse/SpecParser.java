package io.statuslint.openapi.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Reads a spec file's bytes into the location-keeping tree ({@link io.statuslint.openapi.model}).
 * JSON goes through Jackson's byte parser, YAML through Jackson's SnakeYAML-based parser; the YAML
 * classes are loaded only when a YAML file comes along, which keeps a JSON run's start-up short.
 */
public final class SpecParser {

  private final int maxDepth;
  private final long maxBytes;

  /**
   * @param maxBytes the largest document accepted (SnakeYAML's own default of 3 MB is far too small
   *     for real specs; the caller's cap replaces it)
   * @param maxDepth the deepest nesting accepted
   */
  public SpecParser(long maxBytes, int maxDepth) {
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
  }

  /** The document's root value: usually a {@link io.statuslint.openapi.model.SpecObject}. */
  public Object parse(byte[] content, String source, SpecFormat format) {
    if (format == SpecFormat.JSON) {
      return parseJson(content, source);
    }
    return YamlSupport.parse(content, source, maxBytes, maxDepth);
  }

  private Object parseJson(byte[] content, String source) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth + 1)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
            .maxDocumentLength(maxBytes)
            .build())
        .build();
    try (JsonParser p = factory.createParser(content)) {
      return new JsonTreeBuilder(source, maxDepth).build(p);
    } catch (JsonProcessingException e) {
      throw readError(source, e, "not valid JSON");
    } catch (IOException e) {
      throw new SpecReadException(source, -1, -1, "cannot read: " + e.getMessage());
    }
  }

  static SpecReadException readError(String source, JsonProcessingException e, String what) {
    JsonLocation loc = e.getLocation();
    String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return new SpecReadException(source, loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
        what + ": " + firstSentence(msg));
  }

  /** Parser messages can span lines (snippets, hints); a report line needs the first one only. */
  static String firstSentence(String msg) {
    String m = msg.strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl).strip();
    }
    int hint = m.indexOf(" (for ");
    if (hint > 0) {
      m = m.substring(0, hint);
    }
    return m;
  }

  /**
   * Jackson keeps a member name's position apart from the value's; {@code currentTokenLocation()}
   * gives the right one for both. Scalars never ask: findings point at names and containers only.
   */
  private static final class JsonTreeBuilder extends TreeBuilder {
    JsonTreeBuilder(String source, int maxDepth) {
      super(source, maxDepth);
    }

    @Override
    long tokenPosition(JsonParser p) {
      JsonLocation at = p.currentTokenLocation();
      return pack(at.getLineNr(), at.getColumnNr());
    }
  }
}
