// The workload panel (a tab of the right-hand capacity panel): start synthetic traffic on the
// selected table from a preset a learner understands or a full form, stop it, watch the running
// workloads, and read what the traffic would cost on real DynamoDB. Everything goes through
// Engine::Handle: StartWorkload, StopWorkload and ListWorkloads are the engine's extension
// operations (app/workload_model.h has the request shapes); the cost readout reads the table's
// per-second metrics (app/cost_model.h).
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Form
// [SECTION] Running workloads
// [SECTION] Cost readout
// [SECTION] Window
#include "app/capacity_views.h"
#include "app/cost_model.h"
#include "app/format.h"
#include "app/heat.h"
#include "app/layout.h"
#include "app/requests.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "app/workload_model.h"
#include "windows/windows.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

namespace ddb::viz {
namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Helpers
//-------------------------------------------------------------------------------------------------

constexpr double kListRefreshSeconds = 0.5;  // ListWorkloads while the tab shows
constexpr int64_t kCostWindowSeconds = 60;   // the cost readout averages the last minute

// A dim label in a fixed-width first column, then the widget fills the rest of the line.
void FieldLabel(const char* text, float label_w) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", text);
  ImGui::SameLine(label_w);
  ImGui::SetNextItemWidth(-FLT_MIN);
}

void ClampInt(int* v, int lo, int hi) { *v = std::clamp(*v, lo, hi); }

// The wire name and a learner-friendly message of an engine error.
void RecordOutcome(WorkloadOutcome* out, const char* operation, const Result<nlohmann::json>& result) {
  out->has_value = true;
  out->operation = operation;
  out->ok = result.ok();
  out->error_type.clear();
  out->error_message.clear();
  if (!result.ok()) {
    out->error_type = std::string(ErrorTypeName(result.error().type));
    out->error_message = result.error().message;
  }
}

void RefreshList(Engine& engine, double ui_s, WorkloadPanelState* w) {
  w->listed_ui_s = ui_s;
  auto result = engine.Handle("ListWorkloads", nlohmann::json::object());
  if (result.ok()) {
    w->rows = ParseWorkloadList(result.value());
    w->list_error_type.clear();
    w->list_error_message.clear();
  } else {
    w->rows.clear();
    w->list_error_type = std::string(ErrorTypeName(result.error().type));
    w->list_error_message = result.error().message;
  }
}

double RateScale(const TableSnapshot* table) {
  return table && table->profile == "classroom" ? 1.0 / kClassroomDivisor : 1.0;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Form
//-------------------------------------------------------------------------------------------------

void DrawPresets(const TableSnapshot* table, WorkloadPanelState* w) {
  float label_w = ImGui::GetFontSize() * 6.5f;
  FieldLabel("Preset", label_w);
  const char* current = w->preset_applied ? PresetName(static_cast<WorkloadPreset>(w->preset)) : "Choose a preset\xE2\x80\xA6";
  if (ImGui::BeginCombo("##preset", current)) {
    for (int i = 0; i < kWorkloadPresetCount; ++i) {
      auto preset = static_cast<WorkloadPreset>(i);
      if (ImGui::Selectable(PresetName(preset), w->preset_applied && w->preset == i)) {
        w->preset = i;
        w->preset_applied = true;
        ApplyPreset(preset, RateScale(table), &w->form);
      }
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextUnformatted(PresetLesson(preset));
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    }
    ImGui::EndCombo();
  }
  if (w->preset_applied) DimTextWrapped(PresetLesson(static_cast<WorkloadPreset>(w->preset)));
  // A table provisioned below the workload throttles on its own capacity first, before any
  // partition limit shows: say so, or the lesson looks wrong.
  FormUnits units = FormRequestUnits(w->form);
  if (table && table->billing_mode != "PAY_PER_REQUEST" &&
      (units.write_units_per_s > static_cast<double>(table->write_capacity) ||
       units.read_units_per_s > static_cast<double>(table->read_capacity))) {
    char text[256];
    std::snprintf(text, sizeof(text),
                  "%s is provisioned for %lld RCU / %lld WCU, less than this workload needs (%.0f RCU / "
                  "%.0f WCU): it will throttle on the table's capacity before any partition limit. "
                  "Raise it with UpdateTable, or use an on-demand table.",
                  table->name.c_str(), static_cast<long long>(table->read_capacity),
                  static_cast<long long>(table->write_capacity), units.read_units_per_s, units.write_units_per_s);
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kWarning));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
  }
  if (table && table->profile == "classroom")
    DimTextWrapped("Classroom profile: preset rates are divided by 100, like the partition limits, "
                   "so they stress the partitions the same way.");
}

void DrawForm(WorkloadForm* f) {
  float label_w = ImGui::GetFontSize() * 6.5f;
  float half = (ImGui::GetContentRegionAvail().x - label_w) * 0.5f - ImGui::GetStyle().ItemSpacing.x * 0.5f;
  FieldLabel("Name", label_w);
  ImGui::InputText("##wl_name", f->name, sizeof(f->name));

  FieldLabel("Rate", label_w);
  ImGui::SetNextItemWidth(half);
  ImGui::Combo("##wl_shape", &f->shape, kRateShapeNames, 4);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputDouble("##wl_rps", &f->requests_per_second, 0, 0, "%.6g req/s");
  auto shape = static_cast<RateShapeChoice>(f->shape);
  if (shape != RateShapeChoice::kSteady) {
    FieldLabel("Peak", label_w);
    ImGui::InputDouble("##wl_peak", &f->peak_requests_per_second, 0, 0, "%.6g req/s");
  }
  if (shape == RateShapeChoice::kSpike) {
    FieldLabel("Spike at", label_w);
    ImGui::InputInt("##wl_start", &f->start_seconds, 0, 0);
    ClampInt(&f->start_seconds, 0, 1000000000);
  }
  if (shape == RateShapeChoice::kRamp || shape == RateShapeChoice::kSpike) {
    FieldLabel("Duration s", label_w);
    ImGui::InputInt("##wl_duration", &f->duration_seconds, 0, 0);
    ClampInt(&f->duration_seconds, 1, 1000000000);
  }
  if (shape == RateShapeChoice::kDaily) {
    FieldLabel("Period s", label_w);
    ImGui::InputInt("##wl_period", &f->period_seconds, 0, 0);
    ClampInt(&f->period_seconds, 1, 1000000000);
  }

  FieldLabel("Reads", label_w);
  ImGui::SliderFloat("##wl_reads", &f->read_fraction, 0.0f, 1.0f, "%.2f of requests");
  if (f->read_fraction > 0) {
    ImGui::SetCursorPosX(label_w);
    ImGui::Checkbox("Strongly consistent reads", &f->consistent_read);
  }

  FieldLabel("Item size", label_w);
  ImGui::SetNextItemWidth(half);
  ImGui::Combo("##wl_size", &f->size, kSizeChoiceNames, 2);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (static_cast<SizeChoice>(f->size) == SizeChoice::kFixed) {
    ImGui::InputInt("##wl_bytes", &f->bytes, 0, 0);
    ClampInt(&f->bytes, 1, 400 * 1024);
  } else {
    ImGui::InputInt("##wl_min", &f->min_bytes, 0, 0);
    FieldLabel("up to bytes", label_w);
    ImGui::InputInt("##wl_max", &f->max_bytes, 0, 0);
    ClampInt(&f->min_bytes, 1, 400 * 1024);
    ClampInt(&f->max_bytes, f->min_bytes, 400 * 1024);
  }

  FieldLabel("Keys", label_w);
  ImGui::SetNextItemWidth(half);
  ImGui::Combo("##wl_keys", &f->keys, kKeyChoiceNames, 4);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  auto keys = static_cast<KeyChoice>(f->keys);
  if (keys == KeyChoice::kTimeSeries) {
    ImGui::InputInt("##wl_bucket", &f->bucket_seconds, 0, 0);
    ClampInt(&f->bucket_seconds, 1, 1000000000);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Seconds per time bucket: one key per bucket");
  } else {
    ImGui::InputInt("##wl_count", &f->key_count, 0, 0);
    ClampInt(&f->key_count, 1, 10000000);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("How many distinct keys");
  }
  if (keys == KeyChoice::kZipf) {
    FieldLabel("Skew", label_w);
    ImGui::SliderFloat("##wl_skew", &f->skew, 0.1f, 5.0f, "%.2f");
  }
  if (keys == KeyChoice::kHotKey) {
    FieldLabel("Hot share", label_w);
    ImGui::SliderFloat("##wl_hot", &f->hot_fraction, 0.0f, 1.0f, "%.2f to one key");
  }
  FieldLabel("Key prefix", label_w);
  ImGui::InputText("##wl_prefix", f->prefix, sizeof(f->prefix));

  FieldLabel("Sharding", label_w);
  ImGui::SetNextItemWidth(half);
  ImGui::Combo("##wl_sharding", &f->sharding, kShardingNames, 3);
  if (static_cast<ShardingChoice>(f->sharding) != ShardingChoice::kNone) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputInt("##wl_shards", &f->shards, 0, 0);
    ClampInt(&f->shards, 2, 1000);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Shards: key.1 .. key.N");
  }
  ImGui::SetCursorPosX(label_w);
  ImGui::Checkbox("Stop after", &f->stop_after);
  if (f->stop_after) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputInt("##wl_stop", &f->stop_after_seconds, 0, 0);
    ClampInt(&f->stop_after_seconds, 1, 1000000000);
  }
}

void DrawOutcome(const WorkloadOutcome& o) {
  if (!o.has_value) return;
  if (o.ok) {
    ImGui::TextColored(ToVec4(palette::kSuccess), "%s accepted", o.operation.c_str());
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kError));
  ImGui::TextWrapped("%s: %s", o.error_type.c_str(), o.error_message.c_str());
  ImGui::PopStyleColor();
  if (o.error_type == "UnknownOperationException")
    DimTextWrapped("This engine build does not run workloads yet; the form and its request are "
                   "ready for when it does.");
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Running workloads
//-------------------------------------------------------------------------------------------------

ImU32 StatusColorOf(const std::string& status) {
  if (status == "RUNNING") return palette::kSuccess;
  if (status == "FINISHED") return palette::kAccentHover;
  return palette::kTextDim;
}

void DrawWorkloadList(Engine& engine, ViewState& state, WorkloadPanelState* w) {
  SectionTitle(state, "Workloads");
  if (!w->list_error_type.empty()) {
    ImGui::TextDisabled("List unavailable (%s)", w->list_error_type.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", w->list_error_message.c_str());
    return;
  }
  if (w->rows.empty()) {
    ImGui::TextDisabled("None yet: pick a preset and press Start.");
    return;
  }
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("workloads", 5, flags)) return;
  ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.1f);
  ImGui::TableSetupColumn("Sent", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Throttled", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.2f);
  ImGui::TableHeadersRow();
  std::string stop;
  for (const WorkloadRow& row : w->rows) {
    ImGui::TableNextRow();
    ImGui::PushID(row.name.c_str());
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(row.name.c_str());
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s on table %s, %.1f requests/s now", row.name.c_str(), row.table.c_str(),
                        row.requests_per_second);
    ImGui::TableSetColumnIndex(1);
    ImGui::TextColored(ToVec4(StatusColorOf(row.status)), "%s", row.status.c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextUnformatted(FormatCount(row.requests_sent).c_str());
    ImGui::TableSetColumnIndex(3);
    if (row.throttled > 0) {
      double share = row.requests_sent > 0 ? 100.0 * static_cast<double>(row.throttled) / static_cast<double>(row.requests_sent) : 0;
      ImGui::TextColored(ToVec4(palette::kError), "%s", FormatCount(row.throttled).c_str());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%.1f%% of the requests were throttled", share);
    } else {
      ImGui::TextDisabled("0");
    }
    ImGui::TableSetColumnIndex(4);
    if (row.status == "RUNNING" && ImGui::SmallButton("Stop")) stop = row.name;
    ImGui::PopID();
  }
  ImGui::EndTable();
  if (!stop.empty()) {
    RecordOutcome(&w->outcome, "StopWorkload", engine.Handle("StopWorkload", StopWorkloadRequest(stop)));
    RefreshList(engine, state.ui_time_s, w);
  }
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Cost readout
//-------------------------------------------------------------------------------------------------

// One billing mode: its name (hover: how it is computed), per hour, per month. The table's own
// mode is marked with a dot.
void CostRow(const char* mode, const CostLine& line, bool current, const char* how) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  if (current) {
    ImGui::TextUnformatted(mode);
  } else {
    ImGui::TextDisabled("%s", mode);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s%s", how, current ? "\n(the table's billing mode)" : "");
  if (current) {
    ImGui::SameLine(0, 4);
    ImGui::TextColored(ToVec4(palette::kAccentHover), "\xE2\x97\x8F");
  }
  ImGui::TableSetColumnIndex(1);
  ImGui::TextUnformatted(FormatDollars(line.per_hour).c_str());
  ImGui::TableSetColumnIndex(2);
  ImGui::TextUnformatted(FormatDollars(line.per_month).c_str());
}

void DrawCostReadout(Engine& engine, ViewState& state, const TableSnapshot& table, WorkloadPanelState* w) {
  SectionTitle(state, "What this would cost on DynamoDB");
  const PriceList& prices = kUsEast1Standard;
  int64_t now_s = engine.now_ms() / 1000;
  RefreshMetrics(engine, table.name, now_s - kCostWindowSeconds, now_s, state.ui_time_s, &w->cost_metrics);
  std::vector<MetricSample> recent;
  for (const MetricSample& s : w->cost_metrics.series.table) {
    if (s.second >= now_s - kCostWindowSeconds && s.second < now_s) recent.push_back(s);
  }
  CostReadout cost = EstimateCost(table, recent, prices);
  bool on_demand = table.billing_mode == "PAY_PER_REQUEST";

  char text[320];
  if (cost.has_traffic) {
    std::snprintf(text, sizeof(text), "Last %d s: %.1f WRU/s and %.1f RRU/s on average (peak %.0f / %.0f).",
                  cost.window_seconds, cost.avg_wru, cost.avg_rru, cost.peak_wru, cost.peak_rru);
  } else {
    std::snprintf(text, sizeof(text), "No traffic in the last minute%s.",
                  on_demand ? "" : ": provisioned capacity is billed anyway");
  }
  DimTextWrapped(text);
  ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH |
                          ImGuiTableFlags_PadOuterX;
  if (ImGui::BeginTable("cost", 3, flags)) {
    ImGui::TableSetupColumn("Billing mode", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("per hour", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("per month", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableHeadersRow();
    char note[256];
    std::snprintf(note, sizeof(note), "Consumed request units x $%.3f per million writes, $%.3f per million reads",
                  prices.on_demand_per_million_wru, prices.on_demand_per_million_rru);
    CostRow("On-demand", cost.on_demand, on_demand, note);
    std::snprintf(note, sizeof(note), "%.0f RCU x $%.5f + %.0f WCU x $%.5f per hour%s", cost.provisioned_rcu,
                  prices.provisioned_per_rcu_hour, cost.provisioned_wcu, prices.provisioned_per_wcu_hour,
                  cost.provisioned_from_peak ? " (what serving the observed peak would need)" : "");
    CostRow("Provisioned", cost.provisioned, !on_demand, note);
    ImGui::EndTable();
  }
  if (cost.provisioned_from_peak) {
    std::snprintf(text, sizeof(text), "Provisioned priced at the observed peak: %.0f RCU / %.0f WCU.",
                  cost.provisioned_rcu, cost.provisioned_wcu);
  } else {
    std::snprintf(text, sizeof(text), "Provisioned: %.0f RCU / %.0f WCU, paid whether used or not.",
                  cost.provisioned_rcu, cost.provisioned_wcu);
  }
  DimTextWrapped(text);
  // What the form would cost if it ran at its base rate, before pressing Start.
  FormUnits units = FormRequestUnits(w->form);
  CostLine form_cost = OnDemandCost(units.read_units_per_s, units.write_units_per_s, prices);
  std::snprintf(text, sizeof(text), "The form at %.6g req/s: %.1f WRU/s + %.1f RRU/s = %s an hour on-demand.",
                w->form.requests_per_second, units.write_units_per_s, units.read_units_per_s,
                FormatDollars(form_cost.per_hour).c_str());
  DimTextWrapped(text);
  if (table.profile == "classroom")
    DimTextWrapped("Classroom profile: the same heat on real partitions takes 100x the traffic, "
                   "and 100x the cost.");
  char source[200];
  std::snprintf(source, sizeof(source), "%s, %s table class, list prices as of %s. Throughput only: "
                "no storage, free tier or data transfer; a month is %.0f hours.",
                prices.region, prices.table_class, prices.as_of, kHoursPerMonth);
  DimTextWrapped(source);
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Window
//-------------------------------------------------------------------------------------------------

void DrawWorkloadWindow(Engine& engine, ViewState& state, CapacityViews& views, bool* p_open) {
  WorkloadPanelState& w = views.workload;
  TableSnapshot table;
  if (!BeginSidePanelWindow("Workload", engine, state, views, p_open, 0,
                            "Create or select a table first: a workload sends its requests to the selected table.",
                            &table)) {
    ImGui::End();
    return;
  }
  if (!w.preset_applied && w.form.requests_per_second == WorkloadForm{}.requests_per_second) {
    // First visit: start from the simplest preset, at the table's scale.
    w.preset_applied = true;
    ApplyPreset(WorkloadPreset::kUniform, RateScale(&table), &w.form);
  }
  if (state.ui_time_s - w.listed_ui_s >= kListRefreshSeconds) RefreshList(engine, state.ui_time_s, &w);

  if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
  ImGui::Text("Traffic for %s", table.name.c_str());
  if (state.fonts.bold) ImGui::PopFont();
  ImGui::SameLine();
  HelpMarker("A workload sends GetItem and PutItem requests to the table at a chosen rate and key "
             "pattern, in virtual time, like many clients would. Watch the partition map heat up, "
             "the heat timeline and the capacity charts.");
  DrawPresets(&table, &w);
  ImGui::Spacing();
  if (ImGui::CollapsingHeader("Settings")) DrawForm(&w.form);

  float button_w = ImGui::GetFontSize() * 8.0f;
  if (PrimaryButton("Start workload", ImVec2(button_w, 0))) {
    RecordOutcome(&w.outcome, "StartWorkload",
                  engine.Handle("StartWorkload", StartWorkloadRequest(w.form, table.name)));
    RefreshList(engine, state.ui_time_s, &w);
  }
  RecordWidgetRect(state, "Start workload");
  ImGui::SameLine();
  ImGui::Checkbox("Show request", &w.show_request);
  if (w.show_request) {
    std::string json = DumpJson(StartWorkloadRequest(w.form, table.name), 2);
    ImGui::PushStyleColor(ImGuiCol_Text, ToVec4(palette::kTextDim));
    ImGui::TextUnformatted(("StartWorkload " + json).c_str());
    ImGui::PopStyleColor();
  }
  DrawOutcome(w.outcome);
  ImGui::Spacing();
  DrawWorkloadList(engine, state, &w);
  ImGui::Spacing();
  DrawCostReadout(engine, state, table, &w);
  ImGui::End();
}

}  // namespace ddb::viz
