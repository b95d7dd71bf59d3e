// UpdateExpression: SET / REMOVE / ADD / DELETE, following the Developer Guide's "Update
// expressions" walkthrough on its ProductCatalog item 789, plus the error rules of
// dynamodb-model §4.4.
#include "expr_test_support.h"

namespace ddb::test {
namespace {

// The item the DG's update walkthrough starts from.
Item Item789() {
  return MakeItem(R"({
    "Id": {"N": "789"},
    "ProductCategory": {"S": "Home Improvement"},
    "Price": {"N": "52"},
    "InStock": {"BOOL": true},
    "Brand": {"S": "Acme"}
  })");
}

TEST_CASE("SET overwrites and adds attributes", "[expr]") {
  auto ctx = MakeContext({}, R"({":c": {"S": "Hardware"}, ":p": {"N": "60"}, ":n": {"S": "new"}})");
  Item out = MustApply("SET ProductCategory = :c, Price = :p, Fresh = :n", ctx, Item789());
  CHECK(out.at("ProductCategory") == MakeValue(R"({"S": "Hardware"})"));
  CHECK(out.at("Price") == MakeValue(R"({"N": "60"})"));
  CHECK(out.at("Fresh") == MakeValue(R"({"S": "new"})"));
  CHECK(out.at("Brand") == MakeValue(R"({"S": "Acme"})"));
}

TEST_CASE("SET on a list index past the end appends", "[expr]") {
  // DG: SET RelatedItems[1] = :ri on ["Hammer"] gives ["Hammer", "Nails"].
  auto ctx = MakeContext({}, R"({":ri": {"S": "Nails"}})");
  Item old = MakeItem(R"({"RelatedItems": {"L": [{"S": "Hammer"}]}})");
  Item out = MustApply("SET RelatedItems[1] = :ri", ctx, old);
  CHECK(out.at("RelatedItems") == MakeValue(R"({"L": [{"S": "Hammer"}, {"S": "Nails"}]})"));
  // "If you add multiple elements in a single SET operation, the elements are sorted in order by
  // element number."
  auto ctx2 = MakeContext({}, R"({":a": {"S": "a"}, ":b": {"S": "b"}})");
  Item out2 = MustApply("SET RelatedItems[7] = :a, RelatedItems[5] = :b", ctx2, old);
  CHECK(out2.at("RelatedItems") ==
        MakeValue(R"({"L": [{"S": "Hammer"}, {"S": "b"}, {"S": "a"}]})"));
}

TEST_CASE("SET writes nested map attributes through placeholders", "[expr]") {
  auto ctx = MakeContext({{"#pr", "ProductReviews"}, {"#5star", "FiveStar"}, {"#3star", "ThreeStar"}},
                         R"({":r5": {"S": "Very happy with my purchase"},
                             ":r3": {"L": [{"S": "Just OK - not that great"}]}})");
  Item old = MakeItem(R"({"ProductReviews": {"M": {"FiveStar": {"L": [{"S": "Best product ever!"}]}}}})");
  Item out = MustApply("SET #pr.#5star[1] = :r5, #pr.#3star = :r3", ctx, old);
  CHECK(out.at("ProductReviews") == MakeValue(R"({"M": {
    "FiveStar": {"L": [{"S": "Best product ever!"}, {"S": "Very happy with my purchase"}]},
    "ThreeStar": {"L": [{"S": "Just OK - not that great"}]}}})"));
}

TEST_CASE("SET adds to and subtracts from numbers", "[expr]") {
  auto ctx = MakeContext({}, R"({":p": {"N": "15"}})");
  CHECK(MustApply("SET Price = Price - :p", ctx, Item789()).at("Price") == MakeValue(R"({"N": "37"})"));
  auto ctx2 = MakeContext({}, R"({":p": {"N": "0.5"}})");
  CHECK(MustApply("SET Price = Price + :p", ctx2, Item789()).at("Price") == MakeValue(R"({"N": "52.5"})"));
}

TEST_CASE("SET arithmetic on a non-number is an operand type error", "[expr]") {
  auto ctx = MakeContext({}, R"({":n": {"N": "1"}})");
  CHECK(ApplyError("SET Price = Brand + :n", ctx, Item789()) ==
        "An operand in the update expression has an incorrect data type");
}

TEST_CASE("SET arithmetic with a non-number literal is rejected when compiling", "[expr]") {
  auto ctx = MakeContext({}, R"({":s": {"S": "1"}})");
  CHECK(UpdateError("SET Price = Price + :s", ctx) ==
        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or "
        "function: +, operand type: S");
}

TEST_CASE("Number arithmetic that overflows is rejected", "[expr]") {
  // dynamodb-model §1.2: the largest positive Number is 9.99...E+125 (38 digits).
  auto ctx = MakeContext({}, R"({":big": {"N": "9.9999999999999999999999999999999999999E+125"}})");
  Item old = MakeItem(R"({"n": {"N": "9.9999999999999999999999999999999999999E+125"}})");
  CHECK(ApplyError("SET n = n + :big", ctx, old) ==
        "Number overflow. Attempting to store a number with magnitude larger than supported range");
}

TEST_CASE("list_append appends, and prepends with swapped operands", "[expr]") {
  // DG walkthrough: [Hammer, Nails] + [Screwdriver, Hacksaw], then [Chisel] in front.
  Item old = MakeItem(R"({"RelatedItems": {"L": [{"S": "Hammer"}, {"S": "Nails"}]}})");
  auto ctx = MakeContext({{"#ri", "RelatedItems"}},
                         R"({":vals": {"L": [{"S": "Screwdriver"}, {"S": "Hacksaw"}]}})");
  Item mid = MustApply("SET #ri = list_append(#ri, :vals)", ctx, old);
  auto ctx2 = MakeContext({{"#ri", "RelatedItems"}}, R"({":vals": {"L": [{"S": "Chisel"}]}})");
  Item out = MustApply("SET #ri = list_append(:vals, #ri)", ctx2, mid);
  CHECK(out.at("RelatedItems") == MakeValue(R"({"L": [{"S": "Chisel"}, {"S": "Hammer"},
      {"S": "Nails"}, {"S": "Screwdriver"}, {"S": "Hacksaw"}]})"));
}

TEST_CASE("list_append needs lists", "[expr]") {
  auto ctx = MakeContext({}, R"({":s": {"S": "x"}, ":l": {"L": []}})");
  CHECK(UpdateError("SET a = list_append(a, :s)", ctx) ==
        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or "
        "function: list_append, operand type: S");
  auto ctx2 = MakeContext({}, R"({":l": {"L": []}})");
  CHECK(ApplyError("SET Brand = list_append(Brand, :l)", ctx2, Item789()) ==
        "An operand in the update expression has an incorrect data type");
}

TEST_CASE("if_not_exists keeps an existing value", "[expr]") {
  // DG: SET Price = if_not_exists(Price, :p) leaves an existing Price alone.
  auto ctx = MakeContext({}, R"({":p": {"N": "100"}})");
  Update u = MustUpdate("SET Price = if_not_exists(Price, :p)", ctx);
  CHECK(ApplyUpdate(u, Item789())->new_item.at("Price") == MakeValue(R"({"N": "52"})"));
  Item no_price = Item789();
  no_price.erase("Price");
  CHECK(ApplyUpdate(u, no_price)->new_item.at("Price") == MakeValue(R"({"N": "100"})"));
}

TEST_CASE("list_append(if_not_exists(...)) builds a list from nothing", "[expr]") {
  auto ctx = MakeContext({}, R"({":empty": {"L": []}, ":v": {"L": [{"N": "1"}]}})");
  Item out = MustApply("SET l = list_append(if_not_exists(l, :empty), :v)", ctx, Item789());
  CHECK(out.at("l") == MakeValue(R"({"L": [{"N": "1"}]})"));
}

TEST_CASE("if_not_exists needs a document path first", "[expr]") {
  auto ctx = MakeContext({}, R"({":p": {"N": "1"}})");
  CHECK(UpdateError("SET a = if_not_exists(:p, :p)", ctx) ==
        "Invalid UpdateExpression: Operator or function requires a document path; operator or "
        "function: if_not_exists");
}

TEST_CASE("Condition functions do not exist in updates", "[expr]") {
  auto ctx = MakeContext({});
  CHECK(UpdateError("SET a = size(b)", ctx) ==
        "Invalid UpdateExpression: Invalid function name; function: size");
}

TEST_CASE("SET reading a missing attribute is an error", "[expr]") {
  auto ctx = MakeContext({}, R"({":n": {"N": "1"}})");
  CHECK(ApplyError("SET Price = Absent + :n", ctx, Item789()) ==
        "The provided expression refers to an attribute that does not exist in the item");
}

TEST_CASE("SET operands are read from the item before the update", "[expr]") {
  auto ctx = MakeContext({});
  Item old = MakeItem(R"({"a": {"N": "1"}, "b": {"N": "2"}})");
  Item out = MustApply("SET a = b, b = a", ctx, old);
  CHECK(out.at("a") == MakeValue(R"({"N": "2"})"));
  CHECK(out.at("b") == MakeValue(R"({"N": "1"})"));
}

TEST_CASE("REMOVE deletes attributes and ignores missing ones", "[expr]") {
  // DG: REMOVE Brand, InStock, QuantityOnHand ("If the attributes do not exist, nothing happens").
  auto ctx = MakeContext({});
  Item out = MustApply("REMOVE Brand, InStock, QuantityOnHand", ctx, Item789());
  CHECK(out.size() == 3);
  CHECK(out.count("Brand") == 0);
  CHECK(out.count("InStock") == 0);
}

TEST_CASE("REMOVE of list elements shifts the rest down", "[expr]") {
  // DG: removing [1] and [2] from [Chisel, Hammer, Nails, Screwdriver, Hacksaw].
  Item old = MakeItem(R"({"RelatedItems": {"L": [{"S": "Chisel"}, {"S": "Hammer"}, {"S": "Nails"},
                                                {"S": "Screwdriver"}, {"S": "Hacksaw"}]}})");
  auto ctx = MakeContext({});
  Item out = MustApply("REMOVE RelatedItems[1], RelatedItems[2]", ctx, old);
  CHECK(out.at("RelatedItems") ==
        MakeValue(R"({"L": [{"S": "Chisel"}, {"S": "Screwdriver"}, {"S": "Hacksaw"}]})"));
  CHECK(MustApply("REMOVE RelatedItems[9]", ctx, old) == old);
}

TEST_CASE("ADD to a missing number starts from zero", "[expr]") {
  // DG: ADD QuantityOnHand :q sets it to 5, and each rerun adds 5.
  auto ctx = MakeContext({}, R"({":q": {"N": "5"}})");
  Update u = MustUpdate("ADD QuantityOnHand :q", ctx);
  Item once = ApplyUpdate(u, Item789())->new_item;
  CHECK(once.at("QuantityOnHand") == MakeValue(R"({"N": "5"})"));
  CHECK(ApplyUpdate(u, once)->new_item.at("QuantityOnHand") == MakeValue(R"({"N": "10"})"));
  CHECK(ApplyUpdate(u, Item{})->new_item.at("QuantityOnHand") == MakeValue(R"({"N": "5"})"));
}

TEST_CASE("ADD to a set adds the new elements", "[expr]") {
  // DG: ADD Color ["Orange","Purple"], then ["Yellow","Green","Blue"].
  auto ctx = MakeContext({}, R"({":c": {"SS": ["Orange", "Purple"]}})");
  Item first = MustApply("ADD Color :c", ctx, Item789());
  auto ctx2 = MakeContext({}, R"({":c": {"SS": ["Yellow", "Green", "Blue", "Orange"]}})");
  Item out = MustApply("ADD Color :c", ctx2, first);
  CHECK(out.at("Color") ==
        MakeValue(R"({"SS": ["Orange", "Purple", "Yellow", "Green", "Blue"]})"));
}

TEST_CASE("DELETE removes elements from a set", "[expr]") {
  Item old = MakeItem(R"({"Color": {"SS": ["Orange", "Purple", "Yellow", "Green", "Blue"]}})");
  auto ctx = MakeContext({}, R"({":p": {"SS": ["Yellow", "Purple"]}})");
  CHECK(MustApply("DELETE Color :p", ctx, old).at("Color") ==
        MakeValue(R"({"SS": ["Orange", "Green", "Blue"]})"));
}

TEST_CASE("DELETE of every element removes the attribute", "[expr]") {
  // Sets can never be empty (dynamodb-model §1.1).
  Item old = MakeItem(R"({"ns": {"NS": ["1", "2"]}, "k": {"S": "x"}})");
  auto ctx = MakeContext({}, R"({":all": {"NS": ["2", "1.0", "3"]}})");
  Item out = MustApply("DELETE ns :all", ctx, old);
  CHECK(out.count("ns") == 0);
  CHECK(MustApply("DELETE absent :all", ctx, old) == old);
}

TEST_CASE("ADD takes numbers and sets, DELETE only sets", "[expr]") {
  auto ctx = MakeContext({}, R"({":s": {"S": "x"}, ":n": {"N": "1"}, ":l": {"L": []}})");
  CHECK(UpdateError("ADD a :s", ctx) ==
        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: "
        "ADD, operand type: STRING");
  CHECK(UpdateError("DELETE a :n", ctx) ==
        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: "
        "DELETE, operand type: NUMBER");
  CHECK(UpdateError("ADD a :l", ctx) ==
        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: "
        "ADD, operand type: LIST");
}

TEST_CASE("ADD and DELETE against an attribute of another type fail", "[expr]") {
  auto ctx = MakeContext({}, R"({":n": {"N": "1"}, ":ss": {"SS": ["a"]}, ":ns": {"NS": ["1"]}})");
  CHECK(ApplyError("ADD Brand :n", ctx, Item789()) ==
        "An operand in the update expression has an incorrect data type");
  Item sets = MakeItem(R"({"s": {"SS": ["a"]}})");
  CHECK(ApplyError("ADD s :ns", ctx, sets) ==
        "An operand in the update expression has an incorrect data type");
  CHECK(ApplyError("DELETE s :ns", ctx, sets) ==
        "An operand in the update expression has an incorrect data type");
}

TEST_CASE("Overlapping document paths are rejected", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  CHECK(UpdateError("SET a = :v REMOVE a.b", ctx) ==
        "Invalid UpdateExpression: Two document paths overlap with each other; must remove or "
        "rewrite one of these paths; path one: [a], path two: [a, b]");
  CHECK(UpdateError("SET a = :v, a = :v", ctx).find("Two document paths overlap") !=
        std::string::npos);
}

TEST_CASE("A member name and a list index at the same place conflict", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  CHECK(UpdateError("SET a.b = :v, a[0] = :v", ctx) ==
        "Invalid UpdateExpression: Two document paths conflict with each other; must remove or "
        "rewrite one of these paths; path one: [a, b], path two: [a, [0]]");
}

TEST_CASE("Writing below a missing or non-container attribute is invalid", "[expr]") {
  auto ctx = MakeContext({}, R"({":v": {"N": "1"}})");
  const std::string invalid =
      "The document path provided in the update expression is invalid for update";
  CHECK(ApplyError("SET Absent.x = :v", ctx, Item789()) == invalid);
  CHECK(ApplyError("SET Price.x = :v", ctx, Item789()) == invalid);
  CHECK(ApplyError("SET Brand[0] = :v", ctx, Item789()) == invalid);
  CHECK(ApplyError("REMOVE Absent.x", ctx, Item789()) == invalid);
}

TEST_CASE("UPDATED_OLD and UPDATED_NEW hold only the updated paths", "[expr]") {
  auto ctx = MakeContext({{"#pr", "ProductReviews"}, {"#3star", "ThreeStar"}},
                         R"({":p": {"N": "60"}, ":r3": {"L": [{"S": "OK"}]}})");
  Update u = MustUpdate("SET Price = :p, #pr.#3star = :r3 REMOVE Brand", ctx);
  Item old = Item789();
  old["ProductReviews"] = MakeValue(R"({"M": {"FiveStar": {"L": [{"S": "Best"}]}}})");
  auto r = ApplyUpdate(u, old);
  REQUIRE(r.ok());
  CHECK(r->updated_old == MakeItem(R"({"Price": {"N": "52"}, "Brand": {"S": "Acme"}})"));
  CHECK(r->updated_new == MakeItem(R"({"Price": {"N": "60"},
      "ProductReviews": {"M": {"ThreeStar": {"L": [{"S": "OK"}]}}}})"));
}

TEST_CASE("UpdatedTopLevelNames lists each written attribute once", "[expr]") {
  auto ctx = MakeContext({{"#pr", "ProductReviews"}}, R"({":v": {"N": "1"}})");
  Update u = MustUpdate("SET #pr.a = :v, Price = :v REMOVE #pr.b ADD Count2 :v", ctx);
  CHECK(UpdatedTopLevelNames(u) == std::vector<std::string>{"ProductReviews", "Price", "Count2"});
}

}  // namespace
}  // namespace ddb::test
