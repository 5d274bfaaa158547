#pragma once
// The narrative audited against the tables and against itself, as a
// finance bureau's reviewer does, each finding its own rule:
//
//   narrative.amount_equals_table   a stated amount is the tables' (after unit
//                                   conversion, to the precision printed)
//   narrative.change_equals_difference
//                                   a stated change (增加/减少 X, or 持平) is the
//                                   difference of the figures it compares
//   narrative.rate_equals_change_over_base
//                                   a stated rate (增长/下降 X%) is the change
//                                   over the figure compared with, to its
//                                   printed precision, its direction the sign's
//   narrative.class_name            a classification the text names by code is
//                                   named as the tables name that code
//   narrative.comparison_year       the year compared with is the year before
//                                   the budget's (a 决算 may compare with its
//                                   own year's budget)
//
// The stated figures carry the rounding of their printed precision, so a
// change or a rate holds when some values within half a unit of each
// printed figure give it; a rate over a base of zero says nothing.

#include <string>
#include <vector>

#include "normalize/check_result.h"
#include "normalize/narrative_statements.h"

namespace budgetpdf::normalize {

std::vector<CheckResult> narrative_checks(const NarrativeFigures& figures, const std::vector<Section>& sections,
                                          const FigureContext& context);

}  // namespace budgetpdf::normalize
