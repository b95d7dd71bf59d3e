#include "app/requests.h"

#include <cstdio>

namespace ddb::viz {
namespace {

using nlohmann::json;

// splitmix64: a tiny, portable generator, so "random" items are the same on every build.
uint64_t SplitMix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

constexpr const char* kArtists[] = {
    "Acme Band",      "No One You Know", "The Forks",       "Blue Static",
    "Paper Moons",    "Velvet Harbor",   "Northern Lights", "Quiet Engines",
    "Salt & Copper",  "The Long Tables", "Glass Animals of Ur", "Midnight Index",
};
constexpr const char* kWordsA[] = {"Happy", "Quiet",  "Electric", "Golden", "Broken", "Lazy",
                                   "Crimson", "Hidden", "Endless", "Paper", "Silver", "Wild"};
constexpr const char* kWordsB[] = {"Day",   "River", "Signal", "Partition", "Summer", "Engine",
                                   "Heart", "Road",  "Window", "Key",       "Static", "Tide"};
constexpr const char* kAlbums[] = {"Somewhat Famous", "Songs About Life", "Hash Ranges",
                                   "Eventually Consistent", "Hot Keys", "Cold Storage"};

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

template <size_t N>
const char* Pick(const char* const (&words)[N], uint64_t r) {
  return words[r % N];
}

// A value of the given DynamoDB scalar type, made from random bits.
std::string RandomScalar(const std::string& type, const std::string& attribute, uint64_t r,
                         uint64_t serial, bool unique) {
  char buf[160];
  if (type == "N") {
    std::snprintf(buf, sizeof(buf), "%llu",
                  static_cast<unsigned long long>(unique ? serial : r % 100000));
    return buf;
  }
  if (type == "B") {
    // Six random bytes -> 8 base64 characters.
    std::string out;
    uint64_t bits = unique ? SplitMix64(serial) : r;
    for (int i = 0; i < 8; ++i) out += kB64[(bits >> (6 * i)) & 63];
    return out;
  }
  if (attribute == "Artist") return Pick(kArtists, r);
  if (attribute == "SongTitle" || attribute == "Title") {
    std::snprintf(buf, sizeof(buf), "%s %s", Pick(kWordsA, r), Pick(kWordsB, r >> 8));
    if (unique) {
      std::string s = buf;
      std::snprintf(buf, sizeof(buf), "%s (take %llu)", s.c_str(),
                    static_cast<unsigned long long>(serial));
    }
    return buf;
  }
  if (unique) {
    std::snprintf(buf, sizeof(buf), "%s-%04llu", attribute.c_str(),
                  static_cast<unsigned long long>(serial));
  } else {
    std::snprintf(buf, sizeof(buf), "%s-%llu", attribute.c_str(),
                  static_cast<unsigned long long>(r % 48));
  }
  return buf;
}

}  // namespace

const char* KeyTypeName(int key_type) {
  switch (key_type) {
    case 1: return "N";
    case 2: return "B";
    default: return "S";
  }
}

std::string DumpJson(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

json CreateTableRequest(const CreateTableForm& form) {
  json attributes = json::array();
  json key_schema = json::array();
  attributes.push_back({{"AttributeName", form.partition_key},
                        {"AttributeType", KeyTypeName(form.partition_key_type)}});
  key_schema.push_back({{"AttributeName", form.partition_key}, {"KeyType", "HASH"}});
  if (form.has_sort_key) {
    attributes.push_back(
        {{"AttributeName", form.sort_key}, {"AttributeType", KeyTypeName(form.sort_key_type)}});
    key_schema.push_back({{"AttributeName", form.sort_key}, {"KeyType", "RANGE"}});
  }
  json request = {{"TableName", form.name},
                  {"AttributeDefinitions", attributes},
                  {"KeySchema", key_schema}};
  if (form.on_demand) {
    request["BillingMode"] = "PAY_PER_REQUEST";
  } else {
    request["BillingMode"] = "PROVISIONED";
    request["ProvisionedThroughput"] = {{"ReadCapacityUnits", form.read_capacity},
                                        {"WriteCapacityUnits", form.write_capacity}};
  }
  return request;
}

json SampleTableRequest() {
  CreateTableForm form;
  std::snprintf(form.name, sizeof(form.name), "%s", kSampleTableName);
  std::snprintf(form.partition_key, sizeof(form.partition_key), "Artist");
  form.partition_key_type = 0;
  form.has_sort_key = true;
  std::snprintf(form.sort_key, sizeof(form.sort_key), "SongTitle");
  form.sort_key_type = 0;
  form.on_demand = false;
  form.read_capacity = 5;
  form.write_capacity = 5;
  return CreateTableRequest(form);
}

json KeyObject(const KeySchema& schema, const std::string& partition_value,
               const std::string& sort_value) {
  json key = json::object();
  key[schema.partition_key] = {{schema.partition_type, partition_value}};
  if (!schema.sort_key.empty()) key[schema.sort_key] = {{schema.sort_type, sort_value}};
  return key;
}

bool PutItemRequest(const std::string& table, const KeySchema& schema, const ItemForm& form,
                    json* out, std::string* error) {
  json item = json::object();
  std::string extra = form.extra_json;
  if (extra.find_first_not_of(" \t\r\n") != std::string::npos) {
    json parsed = json::parse(extra, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded() || !parsed.is_object()) {
      *error = "Extra attributes must be a JSON object in DynamoDB JSON, e.g. "
               "{\"Year\": {\"N\": \"2021\"}}";
      return false;
    }
    item = std::move(parsed);
  }
  json key = KeyObject(schema, form.partition_value, form.sort_value);
  for (auto it = key.begin(); it != key.end(); ++it) item[it.key()] = it.value();
  *out = {{"TableName", table}, {"Item", item}};
  return true;
}

json GetItemRequest(const std::string& table, const KeySchema& schema, const ItemForm& form) {
  return {{"TableName", table}, {"Key", KeyObject(schema, form.partition_value, form.sort_value)}};
}

json DeleteItemRequest(const std::string& table, const KeySchema& schema, const ItemForm& form) {
  return {{"TableName", table}, {"Key", KeyObject(schema, form.partition_value, form.sort_value)}};
}

std::vector<json> RandomPutRequests(const std::string& table, const KeySchema& schema,
                                    uint64_t* counter, int n) {
  std::vector<json> requests;
  bool has_sort = !schema.sort_key.empty();
  for (int i = 0; i < n; ++i) {
    uint64_t serial = ++*counter;
    uint64_t r = SplitMix64(serial * 0x632BE59BD9B4E019ull);
    json item = json::object();
    // With a sort key, partition values repeat (item collections); without one they are unique.
    item[schema.partition_key] = {
        {schema.partition_type,
         RandomScalar(schema.partition_type, schema.partition_key, r, serial, !has_sort)}};
    if (has_sort) {
      item[schema.sort_key] = {
          {schema.sort_type,
           RandomScalar(schema.sort_type, schema.sort_key, SplitMix64(r), serial, true)}};
    }
    uint64_t r2 = SplitMix64(r ^ 0xA5A5A5A5ull);
    if (schema.partition_key != "Album" && schema.sort_key != "Album")
      item["Album"] = {{"S", Pick(kAlbums, r2)}};
    if (schema.partition_key != "Year" && schema.sort_key != "Year")
      item["Year"] = {{"N", std::to_string(1970 + r2 % 55)}};
    requests.push_back({{"TableName", table}, {"Item", item}});
  }
  return requests;
}

const KeySchema* FindKeySchema(Engine& engine, ViewState& state, const std::string& table) {
  auto cached = state.key_schemas.find(table);
  if (cached != state.key_schemas.end()) return &cached->second;
  auto result = engine.Handle("DescribeTable", {{"TableName", table}});
  if (!result.ok()) return nullptr;
  const json& response = result.value();
  auto t = response.find("Table");
  if (t == response.end() || !t->is_object()) return nullptr;
  auto defs = t->find("AttributeDefinitions");
  auto keys = t->find("KeySchema");
  if (defs == t->end() || keys == t->end() || !defs->is_array() || !keys->is_array())
    return nullptr;
  auto type_of = [&](const std::string& name) -> std::string {
    for (const json& d : *defs) {
      if (!d.is_object()) continue;
      auto n = d.find("AttributeName");
      auto ty = d.find("AttributeType");
      if (n != d.end() && ty != d.end() && n->is_string() && ty->is_string() &&
          n->get<std::string>() == name)
        return ty->get<std::string>();
    }
    return "S";
  };
  KeySchema schema;
  for (const json& k : *keys) {
    if (!k.is_object()) continue;
    auto n = k.find("AttributeName");
    auto kt = k.find("KeyType");
    if (n == k.end() || kt == k.end() || !n->is_string() || !kt->is_string()) continue;
    if (kt->get<std::string>() == "HASH") {
      schema.partition_key = n->get<std::string>();
      schema.partition_type = type_of(schema.partition_key);
    } else if (kt->get<std::string>() == "RANGE") {
      schema.sort_key = n->get<std::string>();
      schema.sort_type = type_of(schema.sort_key);
    }
  }
  if (schema.partition_key.empty()) return nullptr;
  return &(state.key_schemas[table] = schema);
}

bool RunRequest(Engine& engine, ViewState& state, std::string_view operation,
                const json& request) {
  auto result = engine.Handle(operation, request);
  LastResponse& last = state.last_response;
  last.has_value = true;
  last.operation = std::string(operation);
  last.ok = result.ok();
  if (result.ok()) {
    last.body = DumpJson(result.value(), 2);
    last.error_type.clear();
    last.error_message.clear();
    return true;
  }
  const ApiError& error = result.error();
  last.error_type = std::string(ErrorTypeName(error.type));
  last.error_message = error.message;
  last.body = DumpJson(error.ToJson(), 2);
  return false;
}

void RecordLocalError(ViewState& state, std::string_view operation, std::string type,
                      std::string message) {
  LastResponse& last = state.last_response;
  last.has_value = true;
  last.operation = std::string(operation);
  last.ok = false;
  last.error_type = std::move(type);
  last.error_message = std::move(message);
  last.body.clear();
}

}  // namespace ddb::viz
