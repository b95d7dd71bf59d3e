#include "index/index_schema.h"

#include <algorithm>
#include <set>

namespace ddb {
namespace {

constexpr const char* kInvalid = "One or more parameter values were invalid: ";

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::vector<std::string> DefinitionNames(const std::vector<KeyElement>& defs) {
  std::vector<std::string> names;
  for (const KeyElement& e : defs) names.push_back(e.name);
  return names;
}

const KeyElement* FindDefinition(const std::vector<KeyElement>& defs, const std::string& name) {
  auto it = std::find_if(defs.begin(), defs.end(), [&](const KeyElement& e) { return e.name == name; });
  return it == defs.end() ? nullptr : &*it;
}

// `list` is the member path of the index list ("globalSecondaryIndexes"), for Coral messages.
Result<IndexDefinition> ReadIndex(const json& spec, IndexKind kind, const std::vector<KeyElement>& defs,
                                  const TableDefinition& table, const std::string& path) {
  if (!spec.is_object()) return SerializationError("an index structure", spec);
  RequestView v(spec);
  IndexDefinition index;
  index.kind = kind;
  auto name = v.RequiredString("IndexName");
  if (!name.ok()) return name.take_error();
  DDB_TRY(ValidateTableName("IndexName", name.value()));
  index.name = name.value();

  auto read_schema = ReadKeySchema(v, path + ".member.keySchema", path + ".member.keySchema.member.keyType");
  if (!read_schema.ok()) return read_schema.take_error();
  const KeySchemaElements& elements = read_schema.value();
  std::vector<std::string> key_names;
  for (const auto& e : elements) key_names.push_back(e.first);
  for (const auto& e : elements) {
    if (!FindDefinition(defs, e.first)) {
      return ApiError::Validation(std::string(kInvalid) +
                                  "Some index key attributes are not defined in AttributeDefinitions. Keys: [" +
                                  JoinNames(key_names) + "], AttributeDefinitions: [" + JoinNames(DefinitionNames(defs)) + "]");
    }
  }
  if (elements.size() == 2 && elements[0].first == elements[1].first)
    return ApiError::Validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
  if (elements[0].second != "HASH")
    return ApiError::Validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  if (elements.size() == 2 && elements[1].second != "RANGE")
    return ApiError::Validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
  index.hash_key = *FindDefinition(defs, elements[0].first);
  if (elements.size() == 2) index.range_key = *FindDefinition(defs, elements[1].first);

  if (kind == IndexKind::kLocal) {
    if (!index.range_key) {
      return ApiError::Validation(std::string(kInvalid) + "Index KeySchema does not have a range key for index: " + index.name);
    }
    if (index.hash_key.name != table.hash_key.name) {
      return ApiError::Validation(std::string(kInvalid) +
                                  "Index KeySchema does not have the same leading hash key as table KeySchema for index: " +
                                  index.name + ". index hash key: " + index.hash_key.name +
                                  ", table hash key: " + table.hash_key.name);
    }
    if (table.range_key && index.range_key->name == table.range_key->name) {
      // ddbviz's wording: an LSI exists to offer a different sort order of the item collection.
      return ApiError::Validation(std::string(kInvalid) + "Index KeySchema of local secondary index " + index.name +
                                  " must have a range key different from the table's range key " + table.range_key->name);
    }
  }

  auto projection = v.Object("Projection");
  if (!projection.ok()) return projection.take_error();
  if (!projection.value()) return ConstraintError(path + ".member.projection", "null", "Member must not be null");
  RequestView pv(*projection.value());
  auto type = pv.Enum("ProjectionType", {"ALL", "INCLUDE", "KEYS_ONLY"}, "");
  if (!type.ok()) return type.take_error();
  if (type.value().empty()) return ApiError::Validation(std::string(kInvalid) + "Unknown ProjectionType: null");
  index.projection = type.value() == "ALL" ? ProjectionType::kAll
                     : type.value() == "INCLUDE" ? ProjectionType::kInclude : ProjectionType::kKeysOnly;
  auto non_key = pv.Array("NonKeyAttributes");
  if (!non_key.ok()) return non_key.take_error();
  if (non_key.value()) {
    if (index.projection != ProjectionType::kInclude) {
      return ApiError::Validation(std::string(kInvalid) + "ProjectionType is " + std::string(type.value()) +
                                  ", but NonKeyAttributes is specified");
    }
    const json& list = *non_key.value();
    if (list.empty())
      return ConstraintError(path + ".member.projection.nonKeyAttributes", "[]", "Member must have length greater than or equal to 1");
    if (list.size() > kMaxNonKeyAttributesPerIndex)
      return ConstraintError(path + ".member.projection.nonKeyAttributes", "[...]", "Member must have length less than or equal to 20");
    std::set<std::string> seen;
    for (const json& a : list) {
      if (!a.is_string()) return SerializationError("a String", a);
      const std::string attr = a.get<std::string>();
      if (!seen.insert(attr).second)
        return ApiError::Validation(std::string(kInvalid) + "Duplicate projected attribute: " + attr);
      index.non_key_attributes.push_back(attr);
    }
  }

  auto pt = v.Object("ProvisionedThroughput");
  if (!pt.ok()) return pt.take_error();
  if (kind == IndexKind::kLocal) {
    if (pt.value()) return ApiError::Validation(std::string(kInvalid) + "ProvisionedThroughput is not supported for local secondary index: " + index.name);
  } else if (table.billing == BillingMode::kPayPerRequest) {
    if (pt.value()) {
      return ApiError::Validation(std::string(kInvalid) + "ProvisionedThroughput should not be specified for index: " +
                                  index.name + " when BillingMode is PAY_PER_REQUEST");
    }
  } else {
    if (!pt.value()) {
      return ApiError::Validation(std::string(kInvalid) + "ProvisionedThroughput must be specified for index: " + index.name);
    }
    auto rw = ReadIndexThroughput(*pt.value(), path + ".member.provisionedThroughput");
    if (!rw.ok()) return rw.take_error();
    index.read_capacity = rw.value().first;
    index.write_capacity = rw.value().second;
  }
  index.arn = table.arn + "/index/" + index.name;
  return index;
}

Status CheckNonKeyTotal(size_t total) {
  if (total > kMaxNonKeyAttributesPerTable) {
    // ddbviz's wording of the documented quota ("up to 100 attributes into all of a table's
    // local and global secondary indexes"); DynamoDB reports it as a LimitExceededException.
    return ApiError{ErrorType::kLimitExceeded,
                    "The number of projected non-key attributes across all indexes of the table (" + std::to_string(total) +
                        ") exceeds the per-table limit of 100",
                    {}};
  }
  return OkStatus();
}

}  // namespace

size_t NonKeyAttributeCount(const std::vector<IndexDefinition>& indexes) {
  size_t n = 0;
  for (const IndexDefinition& i : indexes) n += i.non_key_attributes.size();
  return n;
}

Result<std::pair<int64_t, int64_t>> ReadIndexThroughput(const json& pt, const std::string& path) {
  RequestView v(pt);
  auto r = v.Int("ReadCapacityUnits");
  if (!r.ok()) return r.take_error();
  auto w = v.Int("WriteCapacityUnits");
  if (!w.ok()) return w.take_error();
  if (!r.value()) return ConstraintError(path + ".readCapacityUnits", "null", "Member must not be null");
  if (!w.value()) return ConstraintError(path + ".writeCapacityUnits", "null", "Member must not be null");
  if (*r.value() < 1)
    return ConstraintError(path + ".readCapacityUnits", std::to_string(*r.value()), "Member must have value greater than or equal to 1");
  if (*w.value() < 1)
    return ConstraintError(path + ".writeCapacityUnits", std::to_string(*w.value()), "Member must have value greater than or equal to 1");
  return std::make_pair(*r.value(), *w.value());
}

Result<std::vector<KeyElement>> ReadAttributeDefinitions(const RequestView& v) {
  std::vector<KeyElement> defs;
  auto list = v.Array("AttributeDefinitions");
  if (!list.ok()) return list.take_error();
  if (!list.value()) return defs;
  for (const json& a : *list.value()) {
    if (!a.is_object()) return SerializationError("an AttributeDefinition structure", a);
    RequestView av(a);
    auto name = av.RequiredString("AttributeName");
    if (!name.ok()) return name.take_error();
    auto type = av.Enum("AttributeType", {"B", "N", "S"}, "");
    if (!type.ok()) return type.take_error();
    if (type.value().empty()) return ConstraintError("attributeDefinitions.member.attributeType", "null", "Member must not be null");
    if (FindDefinition(defs, name.value())) return ApiError::Validation("Cannot have two attributes with the same name");
    const ValueType t = type.value() == "S" ? ValueType::kS : type.value() == "N" ? ValueType::kN : ValueType::kB;
    defs.push_back({name.value(), t});
  }
  return defs;
}

Result<std::vector<IndexDefinition>> ReadCreateTableIndexes(const RequestView& v, const TableDefinition& table) {
  std::vector<IndexDefinition> indexes;
  auto lsis = v.Array("LocalSecondaryIndexes");
  if (!lsis.ok()) return lsis.take_error();
  auto gsis = v.Array("GlobalSecondaryIndexes");
  if (!gsis.ok()) return gsis.take_error();
  std::set<std::string> names;
  auto read_list = [&](const json* list, IndexKind kind) -> Status {
    if (!list) return OkStatus();
    const bool local = kind == IndexKind::kLocal;
    const std::string member = local ? "LocalSecondaryIndexes" : "GlobalSecondaryIndexes";
    if (list->empty()) return ApiError::Validation(std::string(kInvalid) + "List of " + member + " is empty");
    if (local && !table.range_key) {
      return ApiError::Validation(std::string(kInvalid) +
                                  "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
    }
    for (const json& spec : *list) {
      auto index = ReadIndex(spec, kind, table.attribute_definitions, table, MemberPath(member));
      if (!index.ok()) return index.take_error();
      if (!names.insert(index->name).second)
        return ApiError::Validation(std::string(kInvalid) + "Duplicate index name: " + index->name);
      indexes.push_back(std::move(index.value()));
    }
    if (local && list->size() > kMaxLocalIndexes)
      return ApiError::Validation(std::string(kInvalid) + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
    if (!local && list->size() > kMaxGlobalIndexes)
      return ApiError::Validation(std::string(kInvalid) + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
    return OkStatus();
  };
  DDB_TRY(read_list(lsis.value(), IndexKind::kLocal));
  DDB_TRY(read_list(gsis.value(), IndexKind::kGlobal));
  DDB_TRY(CheckNonKeyTotal(NonKeyAttributeCount(indexes)));

  // Every attribute definition must be a key of the table or of an index.
  std::vector<std::string> used{table.hash_key.name};
  if (table.range_key) used.push_back(table.range_key->name);
  for (const IndexDefinition& i : indexes) {
    for (const KeyElement* k : {&i.hash_key, i.range_key ? &*i.range_key : nullptr}) {
      if (k && std::find(used.begin(), used.end(), k->name) == used.end()) used.push_back(k->name);
    }
  }
  if (used.size() != table.attribute_definitions.size()) {
    return ApiError::Validation(std::string(kInvalid) + "Some AttributeDefinitions are not used. AttributeDefinitions: [" +
                                JoinNames(DefinitionNames(table.attribute_definitions)) + "], keys used: [" +
                                JoinNames(used) + "]");
  }
  return indexes;
}

Result<IndexDefinition> ReadCreateGlobalIndex(const json& create, const std::vector<KeyElement>& defs,
                                              const TableDefinition& table, size_t existing_non_key_attributes) {
  // The request's definitions must agree with the table's on attributes the table already keys.
  for (const KeyElement& d : defs) {
    for (const KeyElement& t : table.attribute_definitions) {
      if (d.name == t.name && d.type != t.type) {
        return ApiError::Validation(std::string(kInvalid) + "Cannot change the type of attribute " + d.name +
                                    " which is already defined as " + std::string(ValueTypeName(t.type)));
      }
    }
  }
  auto index = ReadIndex(create, IndexKind::kGlobal, defs, table, "globalSecondaryIndexUpdates.1.member.create");
  if (!index.ok()) return index.take_error();
  DDB_TRY(CheckNonKeyTotal(existing_non_key_attributes + index->non_key_attributes.size()));
  return index;
}

}  // namespace ddb
