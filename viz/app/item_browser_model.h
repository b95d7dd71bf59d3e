// The item browser's model: one table's items, in the engine's key order (partition-key hash,
// then sort key), grouped into item collections (the items sharing a partition-key value), with
// each item's size. Built from the read-only Engine::StateJson() and Engine::ItemPoints() (which
// list a table's items in the same order), so browsing charges no capacity and adds no events.
#pragma once

#include "app/view_state.h"
#include "ddb/engine.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ddb::viz {

// Display text of a DynamoDB-JSON attribute value: {"S": "Acme"} -> Acme, {"N": "42"} -> 42,
// {"B": "AAE="} -> AAE= ; anything else as compact JSON.
std::string AttributeText(const nlohmann::json& value);

// Fills *model from `table_state` (one element of StateJson()["tables"]) and the table's
// ItemPoints (sizes and partitions; used when it lists the same number of items). Consecutive
// items with the same partition-key value form one collection.
void BuildItemBrowserModel(const nlohmann::json& table_state, const std::vector<ItemPoint>& points,
                           ItemBrowserModel* model);

// Rebuilds model->rows: with a sort key, a header row per collection followed by its items;
// without one, items only. A non-empty `filter` keeps items whose JSON contains it
// (case-insensitively) and the headers of collections that keep any.
void BuildItemBrowserRows(const std::string& filter, ItemBrowserModel* model);

// Rebuilds the model for `table` when the table, the event log or the filter changed since the
// last build. Returns true when it rebuilt.
bool RefreshItemBrowserModel(const Engine& engine, const std::string& table,
                             const std::string& filter, ItemBrowserModel* model);

}  // namespace ddb::viz
