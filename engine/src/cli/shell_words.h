// Splits console text into words the way a POSIX shell (bash) does for the commands learners
// paste from the AWS documentation: 'single quotes', "double quotes" with backslash escapes,
// backslash escapes outside quotes, backslash-newline continuations and # comments (a # that opens
// a line or is followed by a blank; an unquoted #name stays a word, unlike bash). Nothing is
// expanded or executed. A pipe ends the command (`| grep TableStatus` in the docs is dropped with a
// note); `;`, `&&` and redirections are errors because the console runs one request at a time.
// Windows continuations (^ and the PowerShell backtick) are not shell syntax here.
#pragma once

#include "ddb/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ddb::cli {

struct ShellWord {
  std::string text;             // after quote removal
  std::vector<size_t> source;   // source offset of each byte of `text`
  size_t begin = 0;             // source offset of the word's first byte (an opening quote included)
  size_t end = 0;               // one past its last source byte
  bool quoted = false;          // some part of it was quoted or escaped
  std::string_view raw;         // the word as typed (a view into the split text)

  // Source offset of text[i]; `end` for i == text.size().
  size_t SourceAt(size_t i) const { return i < source.size() ? source[i] : end; }
};

struct ShellWords {
  std::vector<ShellWord> words;
  std::vector<std::string> notes;  // tolerated oddities, e.g. the ignored pipe
  bool open_quote = false;         // lenient mode only: the text ends inside a quote
  bool trailing_space = false;     // the text ends between words (the next word is empty)
};

// A ValidationException about a whole word, located at it for underlining.
ApiError WordError(const ShellWord& word, std::string message);

// Strict mode reports unterminated quotes, `;`, `&`, redirections and typographic quotes as
// ValidationExceptions with the offset. Lenient mode (for completion) never fails: it keeps an
// unterminated quote's text as the last word and reads those characters literally.
Result<ShellWords> SplitShellWords(std::string_view text, bool lenient = false);

}  // namespace ddb::cli
