#include "cli/shell_words.h"

#include "cli/console_error.h"

#include <string>
#include <utility>

namespace ddb::cli {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Length of a newline at `i` ("\n" or "\r\n"), 0 if none.
size_t NewlineAt(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == '\n') return 1;
  if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') return 2;
  return 0;
}

// “ ” ‘ ’ arrive when commands are copied from word processors; a shell would keep them as
// literal characters, which is never what the learner meant.
bool TypographicQuoteAt(std::string_view text, size_t i) {
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2 ||
      static_cast<unsigned char>(text[i + 1]) != 0x80) {
    return false;
  }
  const unsigned char third = static_cast<unsigned char>(text[i + 2]);
  return third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D;
}

class Splitter {
 public:
  Splitter(std::string_view text, bool lenient) : text_(text), lenient_(lenient) {}

  Result<ShellWords> Run() {
    size_t i = 0;
    const size_t n = text_.size();
    while (i < n) {
      const char c = text_[i];
      if (IsBlank(c)) {
        Flush();
        ++i;
        continue;
      }
      if (c == '\\') {
        i = Backslash(i);
        continue;
      }
      if (c == '\'') {
        auto next = SingleQuoted(i);
        if (!next.ok()) return next.take_error();
        i = *next;
        continue;
      }
      if (c == '"') {
        auto next = DoubleQuoted(i);
        if (!next.ok()) return next.take_error();
        i = *next;
        continue;
      }
      if (c == '#' && !in_word_ && CommentAt(i)) {  // a comment runs to the end of the line
        while (i < n && text_[i] != '\n') ++i;
        continue;
      }
      if (!lenient_) {
        if (c == '|' && !(i + 1 < n && text_[i + 1] == '|')) {
          Flush();
          Note("Ignored the shell pipe '" + Trimmed(text_.substr(i)) +
               "': the console shows the whole response.");
          i = n;
          break;
        }
        if (c == ';' || c == '&' || c == '|') {
          if (c == ';' && OnlyBlanksAfter(i + 1)) {
            Flush();
            i = n;
            break;
          }
          return ConsoleError("The console runs one request at a time; remove '" +
                                  std::string(1, c) + "' and what follows, and enter it separately.",
                              i, 1);
        }
        if (c == '>' || c == '<') {
          return ConsoleError("Shell redirections ('" + std::string(1, c) +
                                  "') are not available in the console.",
                              i, 1);
        }
        if (TypographicQuoteAt(text_, i)) {
          return ConsoleError(
              "This is a typographic quote (“ ” ‘ ’), not a shell quote; type straight quotes ' or \".",
              i, 3);
        }
      }
      Append(c, i);
      ++i;
    }
    out_.trailing_space = !in_word_ && !out_.open_quote;
    Flush();
    return std::move(out_);
  }

 private:
  void Append(char c, size_t at) {
    if (!in_word_) {
      word_ = ShellWord();
      word_.begin = at;
      in_word_ = true;
    }
    word_.text += c;
    word_.source.push_back(at);
    word_.end = at + 1;
  }

  void StartWord(size_t at) {
    if (!in_word_) {
      word_ = ShellWord();
      word_.begin = at;
      in_word_ = true;
    }
    word_.quoted = true;
  }

  void Flush() {
    if (!in_word_) return;
    word_.raw = text_.substr(word_.begin, word_.end - word_.begin);
    out_.words.push_back(std::move(word_));
    in_word_ = false;
  }

  void Note(std::string note) {
    for (const std::string& existing : out_.notes) {
      if (existing == note) return;
    }
    out_.notes.push_back(std::move(note));
  }

  // bash starts a comment at any word beginning with #. The console is stricter so that an
  // unquoted placeholder such as --projection-expression #T still reaches the option: only "#"
  // opening a line or followed by a blank ("# comment") starts a comment.
  bool CommentAt(size_t i) const {
    if (i + 1 >= text_.size() || IsBlank(text_[i + 1])) return true;
    for (size_t k = i; k > 0; --k) {
      const char before = text_[k - 1];
      if (before == '\n') return true;
      if (before != ' ' && before != '\t' && before != '\r') return false;
    }
    return true;
  }

  bool OnlyBlanksAfter(size_t i) const {
    for (; i < text_.size(); ++i) {
      if (!IsBlank(text_[i])) return false;
    }
    return true;
  }

  static std::string Trimmed(std::string_view s) {
    while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
    return std::string(s);
  }

  // Outside quotes: "\<newline>" joins lines; "\x" is a literal x. A backslash followed only by
  // spaces before the newline is a continuation too: the docs contain a few of those and a shell
  // would silently end the command there.
  size_t Backslash(size_t i) {
    size_t j = i + 1;
    while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t')) ++j;
    if (const size_t nl = NewlineAt(text_, j); nl > 0 || j == text_.size()) {
      if (j > i + 1 && nl > 0) {
        Note("Read a backslash followed by spaces as a line continuation (a shell would not).");
      }
      if (in_word_) word_.end = j + nl;
      return j + nl;
    }
    StartWord(i);
    Append(text_[i + 1], i + 1);
    return i + 2;
  }

  Result<size_t> SingleQuoted(size_t i) {
    StartWord(i);
    const size_t close = text_.find('\'', i + 1);
    if (close == std::string_view::npos) {
      if (!lenient_) {
        return ConsoleError("This single quote is never closed.", i, 1);
      }
      for (size_t k = i + 1; k < text_.size(); ++k) Append(text_[k], k);
      out_.open_quote = true;
      return text_.size();
    }
    for (size_t k = i + 1; k < close; ++k) Append(text_[k], k);
    word_.end = close + 1;
    return close + 1;
  }

  // Inside double quotes a backslash only escapes $ ` " \ and newline (bash); before any other
  // character it stays, which keeps JSON escapes such as \n intact.
  Result<size_t> DoubleQuoted(size_t i) {
    StartWord(i);
    size_t k = i + 1;
    while (k < text_.size()) {
      const char c = text_[k];
      if (c == '"') {
        word_.end = k + 1;
        return k + 1;
      }
      if (c == '\\' && k + 1 < text_.size()) {
        const char next = text_[k + 1];
        if (next == '$' || next == '`' || next == '"' || next == '\\') {
          Append(next, k + 1);
          k += 2;
          continue;
        }
        if (const size_t nl = NewlineAt(text_, k + 1); nl > 0) {
          k += 1 + nl;
          continue;
        }
      }
      Append(c, k);
      ++k;
    }
    if (!lenient_) return ConsoleError("This double quote is never closed.", i, 1);
    out_.open_quote = true;
    return text_.size();
  }

  std::string_view text_;
  bool lenient_;
  ShellWords out_;
  ShellWord word_;
  bool in_word_ = false;
};

}  // namespace

ApiError WordError(const ShellWord& word, std::string message) {
  return ConsoleError(std::move(message), word.begin, word.end - word.begin);
}

Result<ShellWords> SplitShellWords(std::string_view text, bool lenient) {
  return Splitter(text, lenient).Run();
}

}  // namespace ddb::cli
