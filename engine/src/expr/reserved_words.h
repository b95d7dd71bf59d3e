// DynamoDB's reserved words. A reserved word written literally as an attribute name in an
// expression is a ValidationException ("Attribute name is a reserved keyword; reserved keyword: X");
// callers have to go through an ExpressionAttributeNames placeholder instead.
#pragma once

#include <cstddef>
#include <string_view>

namespace ddb::expr {

// Case-insensitive membership in the Developer Guide's reserved-word list.
bool IsReservedWord(std::string_view word);

// Number of words in the list (573 in the Developer Guide).
size_t ReservedWordCount();

}  // namespace ddb::expr
