#include "app/console.h"

#include "app/capacity.h"
#include "app/requests.h"
#include "ddb/console_syntax.h"

#include <cctype>

namespace ddb::viz {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

ConsoleEntry RunConsoleInput(Engine& engine, std::string_view text) {
  ConsoleEntry entry;
  entry.input = std::string(text);
  Result<ConsoleRequest> parsed = ParseConsoleInput(text);
  if (!parsed.ok()) {
    const ApiError& error = parsed.error();
    entry.error_type = std::string(ErrorTypeName(error.type));
    entry.error_message = error.message;
    const nlohmann::json& extra = error.extra;
    if (extra.is_object()) {
      auto offset = extra.find("offset");
      auto length = extra.find("length");
      if (offset != extra.end() && offset->is_number_integer() && offset->get<int64_t>() >= 0 &&
          offset->get<int64_t>() <= static_cast<int64_t>(text.size())) {
        entry.error_offset = static_cast<int>(offset->get<int64_t>());
        entry.error_length = 1;
        if (length != extra.end() && length->is_number_integer() && length->get<int64_t>() > 0)
          entry.error_length = static_cast<int>(length->get<int64_t>());
      }
    }
    return entry;
  }
  const ConsoleRequest& request = parsed.value();
  entry.operation = request.operation;
  entry.notes = request.notes;
  entry.cli = FormatAsCli(request.operation, request.request);

  uint64_t before = engine.events().last_seq();
  Result<nlohmann::json> result = engine.Handle(request.operation, request.request);
  CapacitySum sum = SumCapacity(engine.events().Since(before));
  entry.read_half_units = sum.read_half_units;
  entry.write_units = sum.write_units;
  entry.ok = result.ok();
  if (result.ok()) {
    entry.body = DumpJson(result.value(), 2);
    entry.response_has_capacity =
        result.value().is_object() && result.value().contains("ConsumedCapacity");
  } else {
    entry.error_type = std::string(ErrorTypeName(result.error().type));
    entry.error_message = result.error().message;
    if (!result.error().extra.is_null()) entry.body = DumpJson(result.error().ToJson(), 2);
  }
  return entry;
}

void HistoryPush(ConsoleHistory& history, std::string text) {
  if (!IsBlank(text) && (history.entries.empty() || history.entries.back() != text))
    history.entries.push_back(std::move(text));
  history.pos = history.entries.size();
  history.draft.clear();
}

bool HistoryOlder(ConsoleHistory& history, const std::string& current, std::string* out) {
  if (history.pos == 0 || history.entries.empty()) return false;
  if (history.pos >= history.entries.size()) {
    history.draft = current;
    history.pos = history.entries.size();
  }
  --history.pos;
  *out = history.entries[history.pos];
  return true;
}

bool HistoryNewer(ConsoleHistory& history, std::string* out) {
  if (history.pos >= history.entries.size()) return false;
  ++history.pos;
  *out = history.pos == history.entries.size() ? history.draft : history.entries[history.pos];
  return true;
}

bool CursorOnFirstLine(std::string_view text, size_t cursor) {
  if (cursor > text.size()) cursor = text.size();
  return text.substr(0, cursor).find('\n') == std::string_view::npos;
}

bool CursorOnLastLine(std::string_view text, size_t cursor) {
  if (cursor > text.size()) cursor = text.size();
  return text.substr(cursor).find('\n') == std::string_view::npos;
}

size_t LastWordStart(std::string_view text) {
  size_t i = text.size();
  while (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\t' && text[i - 1] != '\n') --i;
  return i;
}

CompletionEdit PlanCompletion(std::string_view text, const std::vector<std::string>& candidates) {
  CompletionEdit edit;
  edit.word_start = LastWordStart(text);
  size_t typed = text.size() - edit.word_start;
  if (candidates.empty()) return edit;
  if (candidates.size() == 1) {
    edit.changes = true;
    edit.replacement = candidates.front() + " ";
    return edit;
  }
  std::string prefix = candidates.front();
  for (const std::string& c : candidates) {
    size_t n = 0;
    while (n < prefix.size() && n < c.size() && Lower(prefix[n]) == Lower(c[n])) ++n;
    prefix.resize(n);
  }
  if (prefix.size() > typed) {
    edit.changes = true;
    edit.replacement = prefix;
  }
  return edit;
}

}  // namespace ddb::viz
