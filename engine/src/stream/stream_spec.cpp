#include "stream/stream_spec.h"

#include "api/request.h"
#include "stream/stream_shards.h"

namespace ddb {

Result<StreamSpecRequest> ReadStreamSpecification(const json& request) {
  RequestView v(request);
  auto spec = v.Object("StreamSpecification");
  if (!spec.ok()) return spec.take_error();
  StreamSpecRequest out;
  if (!spec.value()) return out;
  out.present = true;
  RequestView sv(*spec.value());
  auto enabled = sv.Bool("StreamEnabled");
  if (!enabled.ok()) return enabled.take_error();
  if (!enabled.value()) return ConstraintError("streamSpecification.streamEnabled", "null", "Member must not be null");
  out.enabled = *enabled.value();
  auto view = sv.Enum("StreamViewType", {"NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"}, "");
  if (!view.ok()) return view.take_error();
  if (out.enabled) {
    if (view.value().empty()) {
      return ApiError::Validation(
          "One or more parameter values were invalid: StreamViewType is required when StreamEnabled is true "
          "(KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES)");
    }
    ParseStreamViewType(view.value(), &out.view);
  }
  return out;
}

Status CheckStreamUpdate(const EngineState& s, const Table& t, const StreamSpecRequest& spec) {
  if (!spec.present) return OkStatus();
  const Stream* capturing = s.streams.Capturing(t.def().name);
  if (spec.enabled && capturing) {
    return ApiError::InUse("Table already has an enabled stream: TableName: " + t.def().name + ", StreamArn: " +
                           capturing->arn + ". Disable it first (StreamEnabled false), then enable a new one");
  }
  if (!spec.enabled && !capturing) {
    return ApiError::Validation("One or more parameter values were invalid: Table " + t.def().name +
                                " does not have a stream enabled, so there is no stream to disable");
  }
  return OkStatus();
}

void ApplyStreamSpecification(EngineState& s, const Table& t, const StreamSpecRequest& spec) {
  if (!spec.present) return;
  if (spec.enabled) {
    if (!s.streams.Capturing(t.def().name)) EnableStream(s, t, spec.view);
  } else if (Stream* capturing = s.streams.Capturing(t.def().name)) {
    DisableStream(s, *capturing, "stream disabled");
  }
}

void DisableStreamOfDeletedTable(EngineState& s, const Table& t) {
  if (Stream* capturing = s.streams.Capturing(t.def().name)) DisableStream(s, *capturing, "table deleted");
}

void AddStreamDescription(const EngineState& s, const Table& t, json* description) {
  const Stream* latest = LatestStream(s, t);
  if (!latest) return;
  if (latest->capturing()) {
    (*description)["StreamSpecification"] = {{"StreamEnabled", true},
                                             {"StreamViewType", StreamViewTypeName(latest->view)}};
  }
  (*description)["LatestStreamArn"] = latest->arn;
  (*description)["LatestStreamLabel"] = latest->label;
}

}  // namespace ddb
