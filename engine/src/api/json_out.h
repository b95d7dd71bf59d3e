// Two ways to write a response with one piece of code: JsonDomWriter builds the nlohmann DOM that
// Engine::Handle returns; JsonTextWriter appends compact JSON text for Engine::HandleText (the
// wire door) without building a DOM, which costs an allocation per member and dominates a Query.
// A response is written once, as a template over the writer (see ops_read.cpp); both writers take
// the same calls:
//   BeginObject, EndObject, BeginArray, EndArray, Key(name), String, Integer, Double, Item(item).
// The text is byte for byte what nlohmann's dump() prints for the DOM (with the `replace` error
// handler), as long as the caller writes object members in ascending key order, which is the
// order a nlohmann object (a std::map) keeps them in. tests/unit/api/text_door_test.cpp holds
// every response written this way to that.
#pragma once

#include "ddb/value.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ddb {

class JsonDomWriter {
 public:
  void BeginObject() { Open(nlohmann::json::object()); }
  void BeginArray() { Open(nlohmann::json::array()); }
  void EndObject() { open_.pop_back(); }
  void EndArray() { open_.pop_back(); }
  void Key(std::string_view name) { key_.assign(name); }
  void String(std::string_view s) { Put(nlohmann::json(s)); }
  void Integer(int64_t v) { Put(nlohmann::json(v)); }
  void Double(double v) { Put(nlohmann::json(v)); }
  void Item(const ddb::Item& item);

  nlohmann::json take() { return std::move(root_); }

 private:
  // Places `v` in the open container (under the pending key in an object) and returns where it is.
  nlohmann::json* Put(nlohmann::json&& v);
  void Open(nlohmann::json&& container) { open_.push_back(Put(std::move(container))); }

  nlohmann::json root_;
  // The containers being written, innermost last. A pointer into an array stays valid because
  // nothing is appended to that array until the element it points to is closed.
  std::vector<nlohmann::json*> open_;
  std::string key_;
};

class JsonTextWriter {
 public:
  explicit JsonTextWriter(std::string* out) : out_(*out) {}

  void BeginObject() { Open('{'); }
  void BeginArray() { Open('['); }
  void EndObject() { Close('}'); }
  void EndArray() { Close(']'); }
  void Key(std::string_view name);
  void String(std::string_view s);
  void Integer(int64_t v);
  void Double(double v);
  void Item(const ddb::Item& item);

 private:
  void Separate() {
    if (need_comma_) out_ += ',';
  }
  void Open(char c) {
    Separate();
    out_ += c;
    need_comma_ = false;
  }
  void Close(char c) {
    out_ += c;
    need_comma_ = true;
  }

  std::string& out_;
  bool need_comma_ = false;
};

// DynamoDB JSON text of an item ({"name":{"S":"..."},...}), appended to `out` exactly as
// EncodeItem(item).dump() would print it.
void AppendItemText(const Item& item, std::string& out);
// The same for one value ({"S":"..."}).
void AppendValueText(const AttributeValue& v, std::string& out);
// A JSON string literal, quoted and escaped as nlohmann's dump() escapes it.
void AppendJsonString(std::string_view s, std::string& out);

}  // namespace ddb
