package io.statuslint.openapi.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML side of {@link SpecParser}, in its own class so that JSON runs never load SnakeYAML.
 *
 * <p>Aliases are not expanded: an alias becomes a second reference to the anchored value, so an
 * "alias bomb" (a billion laughs) costs no more memory than its text. Whatever walks the tree later
 * bounds its own work (examples are serialised up to a length cap).
 */
final class YamlSupport {

  private YamlSupport() {}

  static Object parse(byte[] content, String source, long maxBytes, int maxDepth) {
    LoaderOptions options = new LoaderOptions();
    // SnakeYAML refuses documents over 3 MB by default; our own cap (checked before) applies instead.
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes));
    options.setNestingDepthLimit(maxDepth + 1);
    options.setAllowDuplicateKeys(true);
    YAMLFactory factory = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth + 1)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
            .build())
        .build();
    int start = SpecFormat.startOfText(content);
    String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
    try (JsonParser p = factory.createParser(new StringReader(text))) {
      return new YamlTreeBuilder(source, maxDepth).build(p);
    } catch (JsonProcessingException e) {
      MarkedYAMLException marked = findMarked(e);
      if (marked != null && marked.getProblemMark() != null) {
        Mark m = marked.getProblemMark();
        throw new SpecReadException(source, m.getLine() + 1, m.getColumn() + 1,
            "not valid YAML: " + SpecParser.firstSentence(String.valueOf(marked.getProblem())));
      }
      throw SpecParser.readError(source, e, "not valid YAML");
    } catch (IOException e) {
      throw new SpecReadException(source, -1, -1, "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      // SnakeYAML signals some limits (code points, nesting) with its own unchecked exceptions.
      MarkedYAMLException marked = findMarked(e);
      if (marked != null && marked.getProblemMark() != null) {
        Mark m = marked.getProblemMark();
        throw new SpecReadException(source, m.getLine() + 1, m.getColumn() + 1,
            "not valid YAML: " + SpecParser.firstSentence(String.valueOf(marked.getProblem())));
      }
      if (e instanceof SpecReadException s) {
        throw s;
      }
      throw new SpecReadException(source, -1, -1, "not valid YAML: "
          + SpecParser.firstSentence(String.valueOf(e.getMessage())));
    }
  }

  private static MarkedYAMLException findMarked(Throwable t) {
    for (int i = 0; t != null && i < 8; i++, t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
    }
    return null;
  }

  private static final class YamlTreeBuilder extends TreeBuilder {
    YamlTreeBuilder(String source, int maxDepth) {
      super(source, maxDepth);
    }

    @Override
    long tokenPosition(JsonParser p) {
      JsonLocation at = p.currentTokenLocation();
      return pack(at.getLineNr(), at.getColumnNr());
    }

    @Override
    String anchor(JsonParser p) {
      return ((YAMLParser) p).getCurrentAnchor();
    }

    @Override
    boolean isAlias(JsonParser p) {
      return ((YAMLParser) p).isCurrentAlias();
    }

    @Override
    boolean mergesKeys() {
      return true;
    }
  }
}
