package io.statuslint.detect;

/**
 * The words of a short message, lower-cased in one pass, with what separates them. Quoted values
 * ('id', "users", `name', «x») collapse into one {@link #QUOTED} token, so that user input echoed in
 * a message ("Unknown status 'not_found'") can never read as the server's own words. Identifiers
 * keep their underscores ({@code conflict_id} is one word, not "conflict").
 */
final class MessageTokens {

  /** The token a quoted value becomes; phrase files write it as {@code §}. */
  static final String QUOTED = "\u00a7";

  /** No punctuation between two words (spaces, hyphens, slashes). */
  static final byte NONE = 0;
  /** A clause break: comma, colon, parenthesis, bracket, dash. Phrases and negation stop here. */
  static final byte CLAUSE = 1;
  /** A sentence or segment break: full stop, semicolon, line break, '|'. */
  static final byte SENTENCE = 2;

  private static final int MAX_QUOTE = 120;
  private static final int MAX_WORD = 64;

  final String[] words;
  final byte[] breakBefore;
  final int[] start;
  final int[] end;
  int size;

  private MessageTokens(int capacity) {
    words = new String[capacity];
    breakBefore = new byte[capacity];
    start = new int[capacity];
    end = new int[capacity];
  }

  /** Splits at most {@code maxTokens} words off the start of {@code text}. */
  static MessageTokens of(CharSequence text, int maxTokens) {
    int n = text.length();
    MessageTokens t = new MessageTokens(Math.max(1, Math.min(maxTokens, n / 2 + 1)));
    char[] word = new char[MAX_WORD];
    byte pending = NONE;
    int i = 0;
    while (i < n && t.size < t.words.length) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int s = i;
        int len = 0;
        while (i < n) {
          c = text.charAt(i);
          if (isWordChar(c)) {
            if (len < MAX_WORD) {
              word[len++] = Character.toLowerCase(c);
            }
            i++;
          } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
              && Character.isLetter(text.charAt(i - 1))) {
            // don't, couldn't, user's: an apostrophe inside a word, not a quote.
            if (len < MAX_WORD) {
              word[len++] = '\'';
            }
            i++;
          } else {
            break;
          }
        }
        t.add(new String(word, 0, len), s, i, pending);
        pending = NONE;
        continue;
      }
      int close = closingQuote(text, i);
      if (close > 0) {
        t.add(QUOTED, i, close + 1, pending);
        pending = NONE;
        i = close + 1;
        continue;
      }
      byte b = breakAt(text, i);
      if (b > pending) {
        pending = b;
      }
      i++;
    }
    return t;
  }

  private void add(String w, int s, int e, byte brk) {
    words[size] = w;
    start[size] = s;
    end[size] = e;
    breakBefore[size] = size == 0 ? NONE : brk;
    size++;
  }

  /** Whether {@code text} holds punctuation that would end a phrase (see {@link #CLAUSE}). */
  static boolean hasBreak(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (breakAt(text, i) != NONE) {
        return true;
      }
    }
    return false;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static byte breakAt(CharSequence text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '\n':
      case '\r':
      case '|':
      case ';':
      case '!':
      case '?':
        return SENTENCE;
      case '.':
        // "java.lang.Foo" and "1.5" stay together; a full stop ends the sentence.
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) ? SENTENCE : NONE;
      case ',':
      case ':':
      case '(':
      case ')':
      case '[':
      case ']':
      case '{':
      case '}':
      case '<':
      case '>':
      case '\u2013':
      case '\u2014':
        return CLAUSE;
      default:
        return NONE;
    }
  }

  /** The index of the quote closing one opened at {@code i}, or -1 when {@code i} opens none. */
  private static int closingQuote(CharSequence text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '"':
        return find(text, i, '"', '\u201d', false);
      case '\u201c':
        return find(text, i, '\u201d', '"', false);
      case '\u201e':
        return find(text, i, '\u201c', '\u201d', false);
      case '\u00ab':
        return find(text, i, '\u00bb', '\u00bb', false);
      case '`':
        // Ruby quotes `like this'.
        return find(text, i, '`', '\'', false);
      case '\'':
      case '\u2018':
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
          return -1;
        }
        return find(text, i, '\'', '\u2019', true);
      default:
        return -1;
    }
  }

  private static int find(CharSequence text, int open, char close1, char close2, boolean wordEnd) {
    int limit = Math.min(text.length(), open + 1 + MAX_QUOTE);
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return -1;
      }
      if (c == close1 || c == close2) {
        if (wordEnd && j + 1 < text.length() && isWordChar(text.charAt(j + 1))) {
          continue;
        }
        return j;
      }
    }
    return -1;
  }
}
