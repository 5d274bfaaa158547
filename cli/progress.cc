#include "cli/progress.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace budgetpdf::cli {
namespace {

// Redrawing a terminal line costs little, but skipping thousands of stored
// files would redraw it thousands of times a second; ten a second reads as
// smooth.
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
constexpr int kBarWidth = 24;  // characters

std::string duration(double seconds) {
  auto total = static_cast<long>(seconds + 0.5);
  if (total >= 3600) return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

}  // namespace

std::string progress_line(const JobSummary& s) {
  double fraction = s.files > 0 ? static_cast<double>(s.done) / s.files : 1.0;
  int filled = static_cast<int>(fraction * kBarWidth);
  std::string line = "[" + std::string(static_cast<size_t>(filled), '#') + std::string(static_cast<size_t>(kBarWidth - filled), '-') + "]";
  line += fmt::format(" {}/{} files", s.done, s.files);
  if (s.seconds > 0) {
    if (s.pages > 0) {
      line += fmt::format("  {:.1f} pages/s", static_cast<double>(s.pages) / s.seconds);
    } else {
      line += fmt::format("  {:.1f} docs/s", s.documents / s.seconds);
    }
  }
  if (s.done > 0 && s.done < s.files) line += "  ETA " + duration(s.seconds / s.done * (s.files - s.done));
  if (s.failed > 0) line += fmt::format("  {} failed", s.failed);
  return line;
}

void ProgressBar::update(const JobSummary& summary) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && summary.done < summary.files && now - last_drawn_ < kRedrawInterval) return;
  last_drawn_ = now;
  fmt::print(out_, "\r\x1b[2K{}", progress_line(summary));  // \x1b[2K: erase the line
  out_.flush();
  drawn_ = true;
}

void ProgressBar::print_line(std::string_view line) {
  clear();
  out_ << line << '\n';
}

void ProgressBar::clear() {
  if (!drawn_) return;
  out_ << "\r\x1b[2K";
  out_.flush();
  drawn_ = false;
}

}  // namespace budgetpdf::cli
