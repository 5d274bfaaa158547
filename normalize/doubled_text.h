#pragma once
// Text a converter printed twice. Reading a PDF's text twice (a cell drawn
// in two layers, a line repeated over a page break) doubles a wrapped line
// or the tail of a cell. Nothing in a disclosure legitimately repeats a whole
// wrapped phrase right after itself, so such a repeat is dropped, and only
// where the repetition itself is the evidence; the de-doubling of indicator
// values ("≥99≥99%") is in indicator_value.h.

#include <string>
#include <string_view>
#include <vector>

namespace budgetpdf::normalize {

// Shortest phrase, in code points, whose repeat counts as a doubled print.
// Chinese reduplicates at most two characters ("研究研究", and a printed
// "医疗医疗" is a typo to keep as printed), so four leave a margin.
inline constexpr size_t kMinDoubledPhrase = 4;

struct DedupedLines {
  std::vector<std::string> lines;
  bool removed = false;
};

// The lines of a cell with every wrapped piece that equals the piece right
// before it dropped. A piece is a line, or a run between two wrap spaces of
// a dump's line ("开展共青团、少先队、 开展共青团、少先队、 关爱…"); it must be
// at least kMinDoubledPhrase code points long and hold a non-ASCII character
// (a repeated number "2023 2023" is not evidence enough).
DedupedLines drop_doubled_phrases(const std::vector<std::string>& lines);

// Whether the tail a page break carried over (`continued`) is only a repeat
// of how the text before it (`before`) already ends, spaces aside: a dump
// prints the end of a cell again on the next page. Tails shorter than
// kMinDoubledPhrase are never taken for repeats ("…31" + "号" is a join).
bool repeats_ending(std::string_view before, std::string_view continued);

}  // namespace budgetpdf::normalize
