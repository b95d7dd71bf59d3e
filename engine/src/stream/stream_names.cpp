// Wire names of the stream enums (DynamoDB Streams API reference: StreamViewType, StreamStatus,
// OperationType).
#include "stream/stream_state.h"

namespace ddb {

const char* StreamViewTypeName(StreamViewType v) {
  switch (v) {
    case StreamViewType::kKeysOnly: return "KEYS_ONLY";
    case StreamViewType::kNewImage: return "NEW_IMAGE";
    case StreamViewType::kOldImage: return "OLD_IMAGE";
    case StreamViewType::kNewAndOldImages: return "NEW_AND_OLD_IMAGES";
  }
  return "KEYS_ONLY";
}

bool ParseStreamViewType(std::string_view name, StreamViewType* out) {
  for (StreamViewType v : {StreamViewType::kKeysOnly, StreamViewType::kNewImage, StreamViewType::kOldImage,
                           StreamViewType::kNewAndOldImages}) {
    if (name == StreamViewTypeName(v)) {
      *out = v;
      return true;
    }
  }
  return false;
}

const char* StreamStatusName(StreamStatus s) {
  switch (s) {
    case StreamStatus::kEnabling: return "ENABLING";
    case StreamStatus::kEnabled: return "ENABLED";
    case StreamStatus::kDisabling: return "DISABLING";
    case StreamStatus::kDisabled: return "DISABLED";
  }
  return "ENABLED";
}

const char* ChangeKindName(ChangeKind k) {
  switch (k) {
    case ChangeKind::kInsert: return "INSERT";
    case ChangeKind::kModify: return "MODIFY";
    case ChangeKind::kRemove: return "REMOVE";
  }
  return "INSERT";
}

bool ViewHasNewImage(StreamViewType v) {
  return v == StreamViewType::kNewImage || v == StreamViewType::kNewAndOldImages;
}
bool ViewHasOldImage(StreamViewType v) {
  return v == StreamViewType::kOldImage || v == StreamViewType::kNewAndOldImages;
}

}  // namespace ddb
