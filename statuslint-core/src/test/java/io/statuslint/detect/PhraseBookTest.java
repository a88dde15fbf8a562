package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseBookTest {

  @Test
  void theDefaultBookLoads() {
    assertThat(PhraseBook.defaults().size()).isGreaterThan(500);
    assertThat(PhraseBook.defaults()).isSameAs(PhraseBook.defaults());
  }

  @Test
  void phrasesAreDataThatExtendTheClassifier() throws Exception {
    IntentClassifier plain = IntentClassifier.defaults();
    assertThat(plain.classify("Slot is taken by another booking").isEmpty()).isTrue();

    PhraseBook book = PhraseBook.builder().addDefaults()
        .addAll(new StringReader("# a team's own wording\nconflict\tis taken by another\n"), "team.tsv")
        .build();
    assertThat(new IntentClassifier(book).classify("Slot is taken by another booking").intents())
        .containsExactly(MessageIntent.CONFLICT);
  }

  @Test
  void configuredPhrasesUseThePatternsKeys() {
    PhraseBook book = PhraseBook.builder()
        .addConfigured(Map.of("phrases.rate_limited", List.of("slow down cowboy"), "leak", List.of("x")))
        .build();
    assertThat(new IntentClassifier(book).classify("Slow down cowboy!").intents())
        .containsExactly(MessageIntent.RATE_LIMITED);
  }

  @Test
  void punctuationThatCouldNeverMatchIsRefused() {
    assertThatThrownBy(() -> PhraseBook.builder().add(MessageIntent.RATE_LIMITED, "slow down, cowboy"))
        .hasMessageContaining("punctuation");
    // Hyphens and dots inside words are fine: "e-mail", "java.lang.Foo".
    PhraseBook book = PhraseBook.builder().add(MessageIntent.SERVER_FAULT, "java.lang.Boom")
        .add(MessageIntent.SEMANTIC_VALIDATION, "bad e-mail").build();
    IntentClassifier c = new IntentClassifier(book);
    assertThat(c.classify("java.lang.Boom at line 3").intents()).containsExactly(MessageIntent.SERVER_FAULT);
    assertThat(c.classify("bad e mail").intents()).containsExactly(MessageIntent.SEMANTIC_VALIDATION);
  }

  @Test
  void placeholdersAndFlags() throws Exception {
    PhraseBook book = PhraseBook.builder().addAll(new StringReader(
        "method_not_allowed\tverb @method refused\n"
            + "not_found\tthing § gone\n"
            + "conflict\tclash * detected\n"
            + "forbidden\tnope\tweak,reason=403\n"), "t.tsv").build();
    IntentClassifier c = new IntentClassifier(book);
    assertThat(c.classify("verb DELETE refused").intents()).containsExactly(MessageIntent.METHOD_NOT_ALLOWED);
    assertThat(c.classify("verb frobnicate refused").isEmpty()).isTrue();
    assertThat(c.classify("thing 'x' gone").intents()).containsExactly(MessageIntent.NOT_FOUND);
    assertThat(c.classify("thing x gone").isEmpty()).isTrue();
    assertThat(c.classify("clash of versions detected").intents()).containsExactly(MessageIntent.CONFLICT);
    assertThat(c.classify("clash a b c d detected").isEmpty()).isTrue();
    Classification.Match m = c.classify("nope").first(MessageIntent.FORBIDDEN);
    assertThat(m.weak()).isTrue();
    assertThat(m.reasonOf()).isEqualTo(403);
  }

  @Test
  void badLinesAreReportedWithTheirPosition() {
    assertThatThrownBy(() -> PhraseBook.builder().addAll(new StringReader("conflict\n"), "a.tsv"))
        .hasMessageContaining("a.tsv:1");
    assertThatThrownBy(() -> PhraseBook.builder().addAll(new StringReader("\nconfusion\tx\n"), "b.tsv"))
        .hasMessageContaining("b.tsv:2").hasMessageContaining("confusion");
    assertThatThrownBy(() -> PhraseBook.builder().addAll(new StringReader("conflict\t* x\n"), "c.tsv"))
        .hasMessageContaining("c.tsv:1");
    assertThatThrownBy(() -> PhraseBook.builder().addAll(new StringReader("conflict\tx\tloud\n"), "d.tsv"))
        .hasMessageContaining("loud");
  }

  @Test
  void theShippedListsDefineEachPhraseOnce() throws Exception {
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    for (String file : List.of("phrases-request.tsv", "phrases-access.tsv", "phrases-server.tsv")) {
      try (java.io.InputStream in = PhraseBook.class.getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        int n = 0;
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          n++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String phrase = line.split("\t")[1].toLowerCase(java.util.Locale.ROOT);
          assertThat(seen.put(phrase, file + ":" + n)).as(phrase + " at " + file + ":" + n).isNull();
        }
      }
    }
  }

  @Test
  void aBuilderBuildsOnce() {
    PhraseBook.Builder b = PhraseBook.builder().add(MessageIntent.CONFLICT, "clash");
    b.build();
    assertThatThrownBy(() -> b.add(MessageIntent.CONFLICT, "more")).isInstanceOf(IllegalStateException.class);
  }
}
