package io.statuslint.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases that reveal a message's intent, kept as data ({@code phrases-*.tsv} beside this
 * class) and compiled into a word trie, so classifying a message is one pass over its words with a
 * map lookup per word, however many phrases there are.
 *
 * <p>A phrase file has one phrase a line: {@code intent<TAB>phrase[<TAB>flags]}. Words are matched
 * whole and case-insensitively; punctuation inside a phrase is written as a space ({@code e mail},
 * {@code content type}); clause punctuation (a comma, colon, full stop...) is refused, because a phrase
 * never matches across it. Three placeholders: {@code §} stands for one quoted value, {@code *} for one
 * to three arbitrary words, {@code @method} for an HTTP method name. Flags: {@code weak} (the phrase
 * names a family, not one code: "unauthorized" is said for 401 and 403 alike), and
 * {@code reason=NNN} (the phrase is the reason phrase of NNN, so it adds nothing on an NNN response).
 * Books are immutable and thread-safe.
 */
public final class PhraseBook {

  private static final String[] DEFAULT_RESOURCES =
      {"phrases-request.tsv", "phrases-access.tsv", "phrases-server.tsv"};
  private static final int MAX_GAP = 3;
  private static final String[] METHODS =
      {"get", "head", "post", "put", "patch", "delete", "options", "trace", "connect"};
  private static volatile PhraseBook defaults;

  /** A phrase of the book: what it means when it is found. */
  public record Phrase(MessageIntent intent, boolean weak, int reasonOf, String text) {}

  static final class Node {
    Map<String, Node> next;
    Node gap;
    Phrase phrase;

    Node child(String word) {
      if (next == null) {
        next = new HashMap<>(4);
      }
      return next.computeIfAbsent(word, w -> new Node());
    }
  }

  private final Node root;
  private final int size;

  private PhraseBook(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  /** The phrases shipped with statuslint. */
  public static PhraseBook defaults() {
    PhraseBook b = defaults;
    if (b == null) {
      synchronized (PhraseBook.class) {
        b = defaults;
        if (b == null) {
          b = builder().addDefaults().build();
          defaults = b;
        }
      }
    }
    return b;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** How many phrases the book holds (after expanding {@code @method}). */
  public int size() {
    return size;
  }

  Node root() {
    return root;
  }

  static int maxGap() {
    return MAX_GAP;
  }

  /** Collects phrases; {@link #build()} compiles them. */
  public static final class Builder {
    private final Node root = new Node();
    private int size;
    private boolean built;

    private Builder() {}

    /** Adds statuslint's own phrase lists. */
    public Builder addDefaults() {
      for (String resource : DEFAULT_RESOURCES) {
        try (InputStream in = PhraseBook.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
          }
          addAll(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return this;
    }

    /** Adds every line of a phrase file; {@code source} names it in error messages. */
    public Builder addAll(Reader tsv, String source) throws IOException {
      BufferedReader r = new BufferedReader(tsv);
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2 || cols.length > 3) {
          throw new IllegalArgumentException(source + ":" + n + ": expected intent<TAB>phrase[<TAB>flags]");
        }
        try {
          boolean weak = false;
          int reasonOf = 0;
          if (cols.length == 3) {
            for (String flag : cols[2].split(",")) {
              String f = flag.strip().toLowerCase(Locale.ROOT);
              if (f.equals("weak")) {
                weak = true;
              } else if (f.startsWith("reason=")) {
                reasonOf = Integer.parseInt(f.substring(7));
              } else if (!f.isEmpty()) {
                throw new IllegalArgumentException("unknown flag '" + f + "'");
              }
            }
          }
          add(MessageIntent.fromId(cols[0]), cols[1], weak, reasonOf);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
        }
      }
      return this;
    }

    /** Adds one phrase with no flags, e.g. from the {@code patterns:} of a project's config. */
    public Builder add(MessageIntent intent, String phrase) {
      return add(intent, phrase, false, 0);
    }

    /**
     * Adds phrases configured as {@code phrases.<intent>: [..]} (the keys of a config's
     * {@code patterns:}); other keys are ignored.
     */
    public Builder addConfigured(Map<String, List<String>> patterns) {
      patterns.forEach((kind, phrases) -> {
        if (kind.startsWith("phrases.")) {
          MessageIntent intent = MessageIntent.fromId(kind.substring("phrases.".length()));
          phrases.forEach(p -> add(intent, p));
        }
      });
      return this;
    }

    public Builder add(MessageIntent intent, String phrase, boolean weak, int reasonOf) {
      if (built) {
        throw new IllegalStateException("this builder already built its book");
      }
      if (MessageTokens.hasBreak(phrase.strip())) {
        // A phrase never matches across punctuation in a message, so one that holds some never matches.
        throw new IllegalArgumentException("phrase '" + phrase.strip()
            + "' holds punctuation that ends a clause (, : ; . ( ) ...); write the words only");
      }
      List<List<String>> variants = new ArrayList<>();
      variants.add(new ArrayList<>());
      for (String part : phrase.strip().split("\\s+")) {
        if (part.equals("@method")) {
          List<List<String>> expanded = new ArrayList<>();
          for (List<String> v : variants) {
            for (String m : METHODS) {
              List<String> copy = new ArrayList<>(v);
              copy.add(m);
              expanded.add(copy);
            }
          }
          variants = expanded;
        } else if (part.equals("*") || part.equals("§")) {
          String w = part.equals("§") ? MessageTokens.QUOTED : "*";
          variants.forEach(v -> v.add(w));
        } else {
          MessageTokens t = MessageTokens.of(part, 16);
          for (int i = 0; i < t.size; i++) {
            String w = t.words[i];
            variants.forEach(v -> v.add(w));
          }
        }
      }
      for (List<String> words : variants) {
        if (words.isEmpty() || words.get(0).equals("*") || words.get(words.size() - 1).equals("*")) {
          throw new IllegalArgumentException("phrase '" + phrase + "' is empty or starts or ends with *");
        }
        Node node = root;
        for (String w : words) {
          if (w.equals("*")) {
            if (node.gap == null) {
              node.gap = new Node();
            }
            node = node.gap;
          } else {
            node = node.child(w);
          }
        }
        if (node.phrase == null) {
          size++;
        }
        node.phrase = new Phrase(intent, weak, reasonOf, phrase.strip());
      }
      return this;
    }

    /** Compiles the book; the builder cannot be used afterwards (the book shares its trie). */
    public PhraseBook build() {
      built = true;
      return new PhraseBook(root, size);
    }
  }
}
