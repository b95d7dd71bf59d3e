#include "app/item_browser_model.h"

#include "app/requests.h"

#include <cctype>

namespace ddb::viz {
namespace {

using nlohmann::json;

bool ContainsNoCase(const std::string& haystack, const std::string& needle) {
  if (needle.empty()) return true;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    size_t j = 0;
    while (j < needle.size() && std::tolower(static_cast<unsigned char>(haystack[i + j])) ==
                                    std::tolower(static_cast<unsigned char>(needle[j])))
      ++j;
    if (j == needle.size()) return true;
  }
  return false;
}

std::string StringMember(const json& object, const char* name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// StateJson writes hashes as hex text ("0x..." or bare hex digits).
uint64_t ParseHex(const std::string& text) {
  uint64_t v = 0;
  size_t i = text.rfind("0x", 0) == 0 || text.rfind("0X", 0) == 0 ? 2 : 0;
  for (; i < text.size(); ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    int d = c >= '0' && c <= '9' ? c - '0' : (c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1);
    if (d < 0) break;
    v = v * 16 + static_cast<uint64_t>(d);
  }
  return v;
}

}  // namespace

std::string AttributeText(const json& value) {
  if (value.is_object() && value.size() == 1) {
    auto it = value.begin();
    if ((it.key() == "S" || it.key() == "N" || it.key() == "B") && it.value().is_string())
      return it.value().get<std::string>();
  }
  return DumpJson(value);
}

void BuildItemBrowserModel(const json& table_state, const std::vector<ItemPoint>& points,
                           ItemBrowserModel* model) {
  model->items.clear();
  model->collections.clear();
  model->rows.clear();
  if (!table_state.is_object()) return;
  model->partition_key = StringMember(table_state, "partitionKey");
  model->sort_key = StringMember(table_state, "sortKey");
  auto items = table_state.find("items");
  if (items == table_state.end() || !items->is_array()) return;
  bool sizes_match = points.size() == items->size();
  model->items.reserve(items->size());
  for (size_t i = 0; i < items->size(); ++i) {
    const json& entry = (*items)[i];
    if (!entry.is_object()) continue;
    auto item = entry.find("item");
    if (item == entry.end() || !item->is_object()) continue;
    BrowserItem b;
    auto pk = item->find(model->partition_key);
    if (pk != item->end()) b.partition_value = AttributeText(*pk);
    if (!model->sort_key.empty()) {
      auto sk = item->find(model->sort_key);
      if (sk != item->end()) b.sort_value = AttributeText(*sk);
    }
    b.json = DumpJson(*item);
    if (sizes_match) {
      b.size_bytes = points[i].size_bytes;
      b.partition = points[i].partition;
    }
    uint64_t hash = ParseHex(StringMember(entry, "hash"));
    if (model->collections.empty() || model->collections.back().key_hash != hash ||
        model->collections.back().partition_value != b.partition_value) {
      ItemCollection c;
      c.partition_value = b.partition_value;
      c.key_hash = hash;
      c.partition = b.partition;
      c.first = model->items.size();
      model->collections.push_back(std::move(c));
    }
    ItemCollection& c = model->collections.back();
    ++c.count;
    c.size_bytes += b.size_bytes;
    model->items.push_back(std::move(b));
  }
}

void BuildItemBrowserRows(const std::string& filter, ItemBrowserModel* model) {
  model->rows.clear();
  model->built_filter = filter;
  bool headers = !model->sort_key.empty();
  for (size_t c = 0; c < model->collections.size(); ++c) {
    const ItemCollection& collection = model->collections[c];
    bool header_added = false;
    for (size_t i = collection.first; i < collection.first + collection.count; ++i) {
      if (!ContainsNoCase(model->items[i].json, filter)) continue;
      if (headers && !header_added) {
        model->rows.push_back({true, c});
        header_added = true;
      }
      model->rows.push_back({false, i});
    }
  }
}

bool RefreshItemBrowserModel(const Engine& engine, const std::string& table,
                             const std::string& filter, ItemBrowserModel* model) {
  uint64_t seq = engine.events().last_seq();
  if (model->table == table && model->built_at_seq == seq) {
    if (model->built_filter != filter) BuildItemBrowserRows(filter, model);
    return false;
  }
  model->table = table;
  model->built_at_seq = seq;
  json state = engine.StateJson();
  json table_state;
  auto tables = state.find("tables");
  if (tables != state.end() && tables->is_array()) {
    for (const json& t : *tables) {
      if (t.is_object() && StringMember(t, "name") == table) {
        table_state = t;
        break;
      }
    }
  }
  BuildItemBrowserModel(table_state, engine.ItemPoints(table), model);
  BuildItemBrowserRows(filter, model);
  return true;
}

}  // namespace ddb::viz
