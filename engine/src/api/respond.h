// The two doors of an operation whose response is written once, as a template over the writer
// (json_out.h): `WriteResponse(out, response)` found for the response type. RespondJson builds
// the DOM for Engine::Handle; RespondText appends the same JSON as text for Engine::HandleText.
#pragma once

#include "api/json_out.h"
#include "ddb/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

namespace ddb {

template <class Response>
Result<nlohmann::json> RespondJson(Result<Response>&& response) {
  if (!response.ok()) return response.take_error();
  JsonDomWriter out;
  WriteResponse(out, response.value());
  return out.take();
}

template <class Response>
Status RespondText(Result<Response>&& response, std::string* text) {
  if (!response.ok()) return response.take_error();
  text->reserve(1024);  // most answers fit; a long Query page grows it a few times
  JsonTextWriter out(text);
  WriteResponse(out, response.value());
  return OkStatus();
}

}  // namespace ddb
