#pragma once
// A grid's header rebuilt from the positions of its labels: labels wrapped
// over lines become one cell; a label with labels printed under it is a
// group label spanning the columns under it (功能分类科目 over 科目编码 and
// 科目名称). The result is the header rows of the table model, merged cells
// carrying their span.

#include <vector>

#include "extract/layout/column_model.h"
#include "extract/glyph.h"
#include "extract/layout/layout_params.h"
#include "extract/printed_document.h"

namespace budgetpdf::extract {

// `band` holds the header's lines top to bottom; `band_bottom` is where the
// header ends (the top of the 栏次 row or of the first data row).
std::vector<PrintedLine> header_rows(const std::vector<const TextLine*>& band, const ColumnModel& model,
                                     double band_bottom, int page, const LayoutParams& params);

}  // namespace budgetpdf::extract
