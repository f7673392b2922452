#include <cmath>
#include <nlohmann/json.hpp>

#include "export/export.hpp"

namespace akn {

namespace {
using Json = nlohmann::ordered_json;

Json position(const Position& p) {
  Json j = Json::object();
  if (p.page > 0) j["page"] = p.page;
  if (p.line > 0) j["line"] = p.line;
  if (p.column > 0) j["column"] = p.column;
  return j;
}

Json metadata(const Metadata& m) {
  Json j = Json::object();
  auto put = [&](const char* k, const std::optional<std::string>& v) { if (v) j[k] = *v; };
  put("symbol", m.symbol);
  put("odsJobNumber", m.ods_job_number);
  put("jobNumber", m.job_number);
  put("organization", m.organization);
  put("body", m.body);
  put("distribution", m.distribution);
  if (m.issue_date) j["issueDate"] = m.issue_date->iso();
  put("session", m.session);
  if (m.session_number) j["sessionNumber"] = *m.session_number;
  put("committee", m.committee);
  put("agendaItem", m.agenda_item);
  put("agendaItemTitle", m.agenda_title);
  put("language", m.language);
  if (!m.other_symbols.empty()) j["otherSymbols"] = m.other_symbols;
  put("symbolNote", m.symbol_note);
  for (const auto& [k, v] : m.other_markers) j["markers"][k] = v;
  return j;
}
}  // namespace

std::string write_edits_json(const Document& doc, const Resolution& res) {
  Json j;
  j["source"] = {{"name", doc.source.name}, {"kind", doc.source.kind}, {"encoding", doc.source.encoding},
                 {"sha256", doc.source.sha256}, {"bytes", doc.source.bytes}};
  j["metadata"] = metadata(res.meta);
  Json edits = Json::array();
  for (const Edit& e : doc.log.edits()) {
    Json x = {{"pass", e.pass}, {"kind", e.kind}};
    x["position"] = position(e.where);
    x["before"] = e.before;
    x["after"] = e.after;
    x["reason"] = e.reason;
    x["confidence"] = e.confidence;
    if (e.box) {
      // Points (PDF) or pixels (scans), rounded to a tenth: enough to draw it.
      auto r = [](double v) { return std::round(v * 10.0) / 10.0; };
      x["box"] = Json::array({r(e.box->x0), r(e.box->y0), r(e.box->x1), r(e.box->y1)});
    }
    edits.push_back(std::move(x));
  }
  j["edits"] = std::move(edits);
  Json warnings = Json::array();
  auto add = [&](const Diagnostic& d) {
    Json x = {{"stage", d.pass}};
    x["position"] = position(d.where);
    x["message"] = d.message;
    warnings.push_back(std::move(x));
  };
  for (const Diagnostic& d : doc.log.warnings()) add(d);
  for (const Diagnostic& d : res.warnings) add(d);
  j["warnings"] = std::move(warnings);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace akn
