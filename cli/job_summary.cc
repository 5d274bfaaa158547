#include "cli/job_summary.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>

namespace budgetpdf::cli {
namespace {

// A batch of thousands may fail for one reason (e.g. scans without text):
// the summary names a few files per reason; every failure is in the error
// records anyway.
constexpr size_t kPathsListedPerReason = 5;

// The rules about the narrative: what its text says against the tables and
// its wording, counted apart from the tables' own arithmetic.
constexpr std::string_view kNarrativeRules = "narrative.";

std::string text_field(const schema::Record& record, std::string_view field) {
  const auto* text = std::get_if<std::string>(&record.get(field));
  return text ? *text : std::string();
}

}  // namespace

void JobSummary::add(const FileResult& result) {
  ++done;
  switch (result.outcome) {
    case FileOutcome::stored: ++unchanged; return;
    case FileOutcome::failed: {
      ++failed;
      records += static_cast<long>(result.records.size());
      const schema::Record& error = result.records.front();
      failures.push_back({result.source, text_field(error, "code"), text_field(error, "message")});
      return;
    }
    case FileOutcome::converted: {
      ++documents;
      records += static_cast<long>(result.records.size());
      if (const auto* page_count = std::get_if<std::int64_t>(&result.records.front().get("page_count"))) {
        pages += *page_count;
      }
      for (const auto& record : result.records) {
        if (&record.type() != &schema::check_type() || std::get<bool>(record.get("ok"))) continue;
        ++(text_field(record, "rule").starts_with(kNarrativeRules) ? narrative_failed : checks_failed);
      }
      return;
    }
  }
}

void print_summary(std::ostream& out, const JobSummary& s) {
  fmt::print(out, "budgetpdf: {} files in {:.1f} s: {} converted, {} unchanged (already stored), {} failed\n", s.files,
             s.seconds, s.documents, s.unchanged, s.failed);
  double per_second = s.seconds > 0 ? 1 / s.seconds : 0;
  fmt::print(out, "  documents {} ({:.1f}/s), pages {} ({:.1f}/s), records {}, checks failed: tables {}, narrative {}\n",
             s.documents, s.documents * per_second, s.pages, static_cast<double>(s.pages) * per_second, s.records,
             s.checks_failed, s.narrative_failed);
  std::vector<std::pair<const FileFailure*, std::vector<std::string>>> reasons;  // in order of first failure
  for (const auto& failure : s.failures) {
    auto same = std::find_if(reasons.begin(), reasons.end(), [&](const auto& reason) {
      return reason.first->code == failure.code && reason.first->message == failure.message;
    });
    if (same == reasons.end()) same = reasons.insert(reasons.end(), {&failure, {}});
    same->second.push_back(failure.path);
  }
  for (const auto& [failure, paths] : reasons) {
    fmt::print(out, "  failed ({}): {} [{} {}]\n", failure->code, failure->message, paths.size(),
               paths.size() == 1 ? "file" : "files");
    for (size_t i = 0; i < paths.size() && i < kPathsListedPerReason; ++i) fmt::print(out, "    {}\n", paths[i]);
    if (paths.size() > kPathsListedPerReason) {
      fmt::print(out, "    … and {} more (all are in the error records)\n", paths.size() - kPathsListedPerReason);
    }
  }
}

}  // namespace budgetpdf::cli
