// Wire names of the AttributeValue types (declared in ddb/value.h).
#include "ddb/value.h"

namespace ddb {

std::string_view ValueTypeName(ValueType t) {
  switch (t) {
    case ValueType::kS: return "S";
    case ValueType::kN: return "N";
    case ValueType::kB: return "B";
    case ValueType::kBOOL: return "BOOL";
    case ValueType::kNULL: return "NULL";
    case ValueType::kM: return "M";
    case ValueType::kL: return "L";
    case ValueType::kSS: return "SS";
    case ValueType::kNS: return "NS";
    case ValueType::kBS: return "BS";
  }
  return "?";
}

}  // namespace ddb
