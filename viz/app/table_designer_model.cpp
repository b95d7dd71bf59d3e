#include "app/table_designer_model.h"

#include "ddb/console_syntax.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <set>

namespace ddb::viz {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

const char* TypeName(int type) {
  switch (type) {
    case 1: return "N";
    case 2: return "B";
    default: return "S";
  }
}

std::string Quoted(const std::string& name) { return "'" + name + "'"; }

// Table and index names (§1.3): 3 to 255 characters of a-z A-Z 0-9 _ - . (API pattern
// [a-zA-Z0-9_.-]+). `what` is "table" or "index". Empty when the name is fine.
std::string NameProblem(const std::string& name, const char* what) {
  char buf[200];
  if (name.empty()) {
    std::snprintf(buf, sizeof(buf), "Give the %s a name.", what);
    return buf;
  }
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.';
    if (!ok) {
      std::snprintf(buf, sizeof(buf), "A %s name may only use letters, digits, _ - and . (not '%c').",
                    what, c);
      return buf;
    }
  }
  if (name.size() < 3 || name.size() > 255) {
    std::snprintf(buf, sizeof(buf), "A %s name has 3 to 255 characters (this one has %zu).", what,
                  name.size());
    return buf;
  }
  return {};
}

// Key attribute names (§1.3): at least 1 character, at most 255 bytes in a key schema.
std::string KeyNameProblem(const std::string& name, const char* missing) {
  if (name.empty()) return missing;
  if (name.size() > 255) return "A key attribute name is at most 255 bytes long.";
  return {};
}

struct Problems {
  std::vector<DesignProblem> list;
  void Add(std::string field, std::string message) {
    if (!message.empty()) list.push_back({std::move(field), std::move(message)});
  }
};

std::string IndexField(const char* kind, size_t i, const char* part) {
  return std::string(kind) + "/" + std::to_string(i) + "/" + part;
}

// Projection checks shared by both kinds of index; returns how many non-key attributes count
// toward the table's total (INCLUDE lists only, §7).
int CheckProjection(const DesignIndex& index, const std::string& field, Problems* problems) {
  if (index.projection != ProjectionKind::kInclude) return 0;
  std::vector<std::string> names = ParseAttributeList(index.non_key_attributes);
  if (names.empty()) {
    problems->Add(field, "INCLUDE projects the attributes you list: name at least one, or choose "
                         "KEYS_ONLY.");
    return 0;
  }
  // The API model caps NonKeyAttributes at 20 names per index (§7).
  if (static_cast<int>(names.size()) > kMaxNonKeyAttributesPerIndex) {
    problems->Add(field, "An index projects at most 20 non-key attributes (this one lists " +
                             std::to_string(names.size()) + ").");
  }
  std::set<std::string> seen;
  for (const std::string& n : names) {
    if (!seen.insert(n).second) {
      problems->Add(field, Quoted(n) + " is listed twice.");
      break;
    }
  }
  return static_cast<int>(names.size());
}

// The index's key schema, the projection and (GSI of a provisioned table) its throughput.
ordered_json IndexJson(const TableDesign& design, const DesignIndex& index, bool global) {
  ordered_json keys = ordered_json::array();
  const std::string& partition = global ? index.partition_key.name : design.partition_key.name;
  keys.push_back({{"AttributeName", partition}, {"KeyType", "HASH"}});
  if (!global || index.has_sort_key)
    keys.push_back({{"AttributeName", index.sort_key.name}, {"KeyType", "RANGE"}});
  ordered_json projection = {{"ProjectionType", kProjectionLabels[static_cast<int>(index.projection)]}};
  if (index.projection == ProjectionKind::kInclude)
    projection["NonKeyAttributes"] = ParseAttributeList(index.non_key_attributes);
  ordered_json out = {{"IndexName", index.name}, {"KeySchema", keys}, {"Projection", projection}};
  if (global && !design.on_demand) {
    out["ProvisionedThroughput"] = {{"ReadCapacityUnits", index.read_capacity},
                                    {"WriteCapacityUnits", index.write_capacity}};
  }
  return out;
}

// Compact JSON with a space after ':' and ',' (the AWS documentation's inline style).
std::string InlineJson(const ordered_json& v) {
  if (v.is_object()) {
    std::string out = "{ ";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!first) out += ", ";
      first = false;
      out += ordered_json(it.key()).dump() + ": " + InlineJson(it.value());
    }
    return v.empty() ? "{}" : out + " }";
  }
  if (v.is_array()) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + InlineJson(v[i]);
    return out + "]";
  }
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Pretty JSON that keeps a small structure on one line when it fits in `width` columns, as the
// AWS documentation prints KeySchema and AttributeDefinitions entries.
void PrettyJson(const ordered_json& v, int indent, int width, std::string* out) {
  std::string inline_text = InlineJson(v);
  if (!v.is_structured() || v.empty() || indent + static_cast<int>(inline_text.size()) <= width) {
    *out += inline_text;
    return;
  }
  std::string pad(static_cast<size_t>(indent) + 2, ' ');
  *out += v.is_object() ? "{\n" : "[\n";
  size_t i = 0;
  for (auto it = v.begin(); it != v.end(); ++it, ++i) {
    *out += pad;
    if (v.is_object()) *out += ordered_json(it.key()).dump() + ": ";
    PrettyJson(it.value(), indent + 2, width, out);
    *out += i + 1 < v.size() ? ",\n" : "\n";
  }
  *out += std::string(static_cast<size_t>(indent), ' ') + (v.is_object() ? "}" : "]");
}

}  // namespace

std::vector<std::string> ParseAttributeList(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

std::vector<DerivedAttribute> DeriveAttributeDefinitions(const TableDesign& design) {
  std::vector<DerivedAttribute> out;
  auto use = [&](const DesignKey& key) {
    if (key.name.empty()) return;
    for (DerivedAttribute& a : out) {
      if (a.name != key.name) continue;
      if (a.type != TypeName(key.type) && a.conflict.empty()) a.conflict = TypeName(key.type);
      return;
    }
    out.push_back({key.name, TypeName(key.type), {}});
  };
  use(design.partition_key);
  if (design.has_sort_key) use(design.sort_key);
  for (const DesignIndex& lsi : design.local_indexes) use(lsi.sort_key);
  for (const DesignIndex& gsi : design.global_indexes) {
    use(gsi.partition_key);
    if (gsi.has_sort_key) use(gsi.sort_key);
  }
  return out;
}

std::vector<DesignProblem> ValidateDesign(const TableDesign& d) {
  Problems p;
  p.Add("name", NameProblem(d.name, "table"));
  p.Add("pk", KeyNameProblem(d.partition_key.name,
                             "Every table needs a partition key: name the attribute that decides "
                             "which partition an item lives in."));
  if (d.has_sort_key) {
    std::string problem = KeyNameProblem(d.sort_key.name,
                                         "Name the sort key, or untick it for a table with a "
                                         "partition key only.");
    if (problem.empty() && d.sort_key.name == d.partition_key.name)
      problem = "The sort key must be a different attribute from the partition key.";
    p.Add("sk", problem);
  }

  // Provisioned capacity: at least 1 unit each, and by default at most 40,000 RCU and 40,000 WCU
  // for a table and its GSIs together (§5.3).
  if (!d.on_demand) {
    if (d.read_capacity < 1 || d.write_capacity < 1)
      p.Add("capacity", "Provisioned read and write capacity are at least 1 unit each.");
    long long reads = d.read_capacity, writes = d.write_capacity;
    for (const DesignIndex& g : d.global_indexes) {
      reads += g.read_capacity;
      writes += g.write_capacity;
    }
    if (reads > kMaxTableCapacityUnits || writes > kMaxTableCapacityUnits) {
      p.Add("capacity", "The table and its global indexes together ask for " +
                            std::to_string(reads) + " RCU and " + std::to_string(writes) +
                            " WCU: the default quota is 40,000 of each per table.");
    }
  }

  // Local secondary indexes (§7): at most 5, only on a table with a sort key; same partition key
  // as the table and one different sort key.
  int non_key_total = 0;
  if (static_cast<int>(d.local_indexes.size()) > kMaxLocalIndexes) {
    p.Add("lsi", "A table has at most 5 local secondary indexes (this design has " +
                     std::to_string(d.local_indexes.size()) + ").");
  }
  if (!d.local_indexes.empty() && !d.has_sort_key) {
    p.Add("lsi", "Local secondary indexes need a table with a sort key: an LSI keeps the table's "
                 "partition key and sorts its items by another attribute.");
  }
  for (size_t i = 0; i < d.local_indexes.size(); ++i) {
    const DesignIndex& x = d.local_indexes[i];
    p.Add(IndexField("lsi", i, "name"), NameProblem(x.name, "index"));
    std::string sk = KeyNameProblem(x.sort_key.name, "Name the attribute this index sorts by.");
    if (sk.empty() && d.has_sort_key && x.sort_key.name == d.sort_key.name) {
      sk = "An LSI sorts by a different attribute than the table's sort key (" +
           Quoted(d.sort_key.name) + "); with the same one it would add nothing.";
    }
    if (sk.empty() && x.sort_key.name == d.partition_key.name)
      sk = "The index sort key must differ from the partition key " + Quoted(d.partition_key.name) + ".";
    p.Add(IndexField("lsi", i, "sk"), sk);
    non_key_total += CheckProjection(x, IndexField("lsi", i, "nonkey"), &p);
  }

  // Global secondary indexes (§7): 20 per table by default; own partition key, optional sort key,
  // own capacity (at least 1 unit each, §5.3) when the table is provisioned.
  if (static_cast<int>(d.global_indexes.size()) > kMaxGlobalIndexes) {
    p.Add("gsi", "A table has at most 20 global secondary indexes by default (this design has " +
                     std::to_string(d.global_indexes.size()) + ").");
  }
  for (size_t i = 0; i < d.global_indexes.size(); ++i) {
    const DesignIndex& x = d.global_indexes[i];
    p.Add(IndexField("gsi", i, "name"), NameProblem(x.name, "index"));
    p.Add(IndexField("gsi", i, "pk"),
          KeyNameProblem(x.partition_key.name, "Name the partition key of this index."));
    if (x.has_sort_key) {
      std::string sk = KeyNameProblem(x.sort_key.name,
                                      "Name the sort key of this index, or untick it.");
      if (sk.empty() && x.sort_key.name == x.partition_key.name)
        sk = "The index sort key must be a different attribute from its partition key.";
      p.Add(IndexField("gsi", i, "sk"), sk);
    }
    non_key_total += CheckProjection(x, IndexField("gsi", i, "nonkey"), &p);
    if (!d.on_demand && (x.read_capacity < 1 || x.write_capacity < 1))
      p.Add(IndexField("gsi", i, "capacity"), "A global index has at least 1 RCU and 1 WCU of its own.");
  }

  // Index names are unique within the table, across both kinds (the second use is flagged).
  std::set<std::string> names;
  auto check_unique = [&](const std::vector<DesignIndex>& list, const char* kind) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (list[i].name.empty()) continue;
      if (!names.insert(list[i].name).second) {
        p.Add(IndexField(kind, i, "name"),
              "Another index is already named " + Quoted(list[i].name) + ": index names are unique "
              "within a table.");
      }
    }
  };
  check_unique(d.local_indexes, "lsi");
  check_unique(d.global_indexes, "gsi");

  // At most 100 projected non-key attributes over all indexes; a name in two indexes counts twice.
  if (non_key_total > kMaxNonKeyAttributesPerTable) {
    p.Add("nonkey", "All indexes together project at most 100 non-key attributes (this design lists " +
                        std::to_string(non_key_total) + "; a name in two indexes counts twice).");
  }

  // AttributeDefinitions holds one type per name, so a name must have one type in every key.
  for (const DerivedAttribute& a : DeriveAttributeDefinitions(d)) {
    if (a.conflict.empty()) continue;
    p.Add("attr/" + a.name, Quoted(a.name) + " is a key of type " + a.type + " in one place and " +
                                a.conflict + " in another: an attribute has one type everywhere.");
  }
  return p.list;
}

ordered_json CreateTableRequestFor(const TableDesign& d) {
  ordered_json definitions = ordered_json::array();
  for (const DerivedAttribute& a : DeriveAttributeDefinitions(d))
    definitions.push_back({{"AttributeName", a.name}, {"AttributeType", a.type}});
  ordered_json keys = ordered_json::array();
  keys.push_back({{"AttributeName", d.partition_key.name}, {"KeyType", "HASH"}});
  if (d.has_sort_key) keys.push_back({{"AttributeName", d.sort_key.name}, {"KeyType", "RANGE"}});

  ordered_json request = {{"TableName", d.name}, {"AttributeDefinitions", definitions}, {"KeySchema", keys}};
  if (!d.local_indexes.empty()) {
    ordered_json list = ordered_json::array();
    for (const DesignIndex& x : d.local_indexes) list.push_back(IndexJson(d, x, /*global=*/false));
    request["LocalSecondaryIndexes"] = list;
  }
  if (!d.global_indexes.empty()) {
    ordered_json list = ordered_json::array();
    for (const DesignIndex& x : d.global_indexes) list.push_back(IndexJson(d, x, /*global=*/true));
    request["GlobalSecondaryIndexes"] = list;
  }
  request["BillingMode"] = d.on_demand ? "PAY_PER_REQUEST" : "PROVISIONED";
  // PAY_PER_REQUEST forbids ProvisionedThroughput (§3.1).
  if (!d.on_demand) {
    request["ProvisionedThroughput"] = {{"ReadCapacityUnits", d.read_capacity},
                                        {"WriteCapacityUnits", d.write_capacity}};
  }
  if (d.stream != StreamKind::kOff) {
    request["StreamSpecification"] = {{"StreamEnabled", true},
                                      {"StreamViewType", kStreamLabels[static_cast<int>(d.stream)]}};
  }
  if (d.profile != ProfileKind::kDefault) {
    const char* value = d.profile == ProfileKind::kClassroom ? "classroom" : "real";
    request["Tags"] = ordered_json::array({{{"Key", "ddbviz:profile"}, {"Value", value}}});
  }
  return request;
}

json CreateTableRequestToSend(const TableDesign& design) {
  // Same members; json keeps its keys sorted, which no DynamoDB client cares about.
  // dump() replaces invalid UTF-8 instead of failing (this build has no exceptions), so the text
  // always parses back.
  json out = json::parse(CreateTableRequestFor(design).dump(-1, ' ', false, json::error_handler_t::replace),
                         nullptr, /*allow_exceptions=*/false);
  return out.is_discarded() ? json::object() : out;
}

std::string CreateTableJsonText(const TableDesign& design) {
  std::string out;
  PrettyJson(CreateTableRequestFor(design), 0, 64, &out);
  return out;
}

std::string CreateTableCliText(const TableDesign& design) {
  return FormatAsCli("CreateTable", CreateTableRequestToSend(design));
}

bool ApplyDesignPreset(std::string_view id, TableDesign* design) {
  TableDesign d;
  if (id == "music") {
    // The AWS getting-started table: Artist and SongTitle, 5 RCU / 5 WCU.
    d.name = "Music";
    d.partition_key = {"Artist", 0};
    d.sort_key = {"SongTitle", 0};
  } else if (id == "orders-gsi") {
    // Orders by customer and date, plus a GSI to find orders by status across customers.
    d.name = "Orders";
    d.partition_key = {"CustomerId", 0};
    d.sort_key = {"OrderDate", 0};
    DesignIndex by_status;
    by_status.name = "StatusIndex";
    by_status.partition_key = {"OrderStatus", 0};
    by_status.sort_key = {"OrderDate", 0};
    by_status.projection = ProjectionKind::kInclude;
    by_status.non_key_attributes = "Total, ItemCount";
    d.global_indexes.push_back(by_status);
    d.stream = StreamKind::kNewAndOldImages;
  } else if (id == "forum-lsi") {
    // The Developer Guide's LSI example: the Thread table and its LastPostIndex, on-demand.
    d.name = "Thread";
    d.partition_key = {"ForumName", 0};
    d.sort_key = {"Subject", 0};
    d.on_demand = true;
    DesignIndex last_post;
    last_post.name = "LastPostIndex";
    last_post.sort_key = {"LastPostDateTime", 0};
    last_post.projection = ProjectionKind::kKeysOnly;
    d.local_indexes.push_back(last_post);
  } else {
    return false;
  }
  *design = std::move(d);
  return true;
}

}  // namespace ddb::viz
