#pragma once
// Every threshold of layout reconstruction, with its unit and why. Lengths
// are in em (the height of the text they are measured on) unless they say
// pt (1/72 inch, the PDF's own unit). Passed explicitly; never a static.

namespace budgetpdf::extract {

struct LayoutParams {
  // Segments drawn within this distance (pt) across, and this gap (pt)
  // along, are one rule: producers draw a rule cell by cell, a border
  // twice (both cells' edges), or as the two edges of a thin rectangle.
  double rule_merge_across_pt = 1.5;
  double rule_merge_gap_pt = 2.0;
  // A rule is at least this long (pt): shorter strokes are underlines,
  // ticks and glyph-like marks, not the edge of a cell.
  double min_rule_length_pt = 4;
  // Rules that come this close (pt) cross: a producer's rule may stop a
  // line's width short of the one it meets. Rule positions this close are
  // one boundary of a lattice.
  double rule_join_pt = 2.0;
  // A page with more pairs of horizontal and vertical rules than this is
  // not searched for lattices (the search looks at every pair): no table
  // draws so many, a hatched drawing might.
  size_t max_rule_crossings_checked = 4'000'000;

  // Two glyphs sit on one text line when their vertical extents overlap by
  // at least this fraction of the smaller height: cells of one table row
  // printed at different heights (a centred one-line cell beside a two-line
  // one) overlap less and stay on lines of their own.
  double min_line_overlap = 0.5;
  // A glyph drawn again within this distance (em) is the same glyph drawn
  // twice (fake bold, overprinting), counted once.
  double duplicate_glyph_offset_em = 0.3;
  // A gap wider than this (em) between two glyphs of a line is a space.
  double word_gap_em = 0.15;
  // Glyphs closer than this (em) touch: a run of touching glyphs is one
  // printed word or number and never crosses a column boundary. Cells keep
  // at least a point or so of padding on each side, more than this.
  double touching_gap_em = 0.12;
  // A gap at least this wide (em) separates two phrases on one line: the
  // labels of a header row, the pieces of a page's furniture line.
  double chunk_gap_em = 0.8;
  // Header labels of neighbouring narrow columns sit closer: a gap this
  // wide (em) separates two labels (cell padding on both sides), while a
  // word space inside a label ("2023 年…") is narrower.
  double label_gap_em = 0.3;
  // Text outside grids is split into separate lines at gaps this wide (em):
  // "113 开发区组织人事局   预算年度：2023   单位：万元" is three lines.
  double text_split_gap_em = 2.0;
  // Lines of one cell are at most this far apart (em); a header label
  // wrapped over two lines is one label. Its lines are also centred or
  // left-aligned together: centres within the first, left edges within
  // the second distance (em).
  double max_cell_line_gap_em = 0.45;
  // A grid with fewer data lines than this takes its column boundaries
  // from an earlier grid under the same header, if there is one.
  size_t min_rows_to_fit_columns = 4;
  // A merged label printed in the first row of its run lies within that
  // row, give or take this much (em).
  double label_row_slack_em = 0.25;
  double wrapped_label_centre_em = 1.0;
  double wrapped_label_left_em = 0.3;
  // A grid ends at a vertical gap larger than this (em of body text): rows
  // follow one another, and the text after a table keeps its distance.
  double max_row_gap_em = 2.5;
  // A grid ends at text whose glyphs are this many times larger (or
  // smaller) than the grid's own of the same kind (hanzi with hanzi,
  // digits with digits): a heading, body text after the table.
  double grid_size_ratio = 1.12;
  // Header lines above a 栏次 row: at most this many, and no gap above a
  // header line larger than this (em).
  int max_header_lines = 24;
  double max_header_gap_em = 2.5;
  // Text at least this much taller than the table's body text is a title.
  double title_height_ratio = 1.15;
  // The lines under a line that tell the type size of the text around it
  // (a title is larger than the furniture, header and rows under it).
  size_t size_context_lines = 6;
  // A word may overhang a column boundary by this much (pt) and still lie
  // in its column (glyph boxes include side bearings).
  double boundary_tolerance_pt = 1.0;
  // A bare number on a page's last line is its page number when centred
  // within this share of the page width (or printed beside the grid).
  double page_number_centre_share = 0.1;
  // A group label centred within this distance (em) of the middle of a
  // span of columns is centred over it.
  double span_centre_tolerance_em = 0.5;
  // A column aligned with the key cells within this much (em per line)
  // shows where the rows are for the columns that are not.
  double reliable_fit_em = 0.15;
  // Without a 序号 or code column, rows are keyed by the leftmost column
  // holding at least this share of the cells of the busiest column.
  double key_column_share = 0.8;
  // Cost (em) of leaving a line of a grid's data region unassigned to any
  // row, and of starting the page with the tail of the row the page break
  // cut (see row_grouping.cc).
  double unassigned_line_cost_em = 3.0;
  double continuation_cost_em = 0.3;
  // Lines of one cell further apart than the column's leading plus this
  // slack (em), and never more than the limit (em), cost this many times
  // the excess when grouped.
  double cell_gap_slack_em = 0.15;
  // Misalignment below this (em) is none: the glyph boxes of two fonts set
  // on one line differ in height by about this much.
  double glyph_box_slack_em = 0.1;
  double cell_gap_penalty_from_em = 1.0;
  double cell_gap_weight = 2.0;
};

}  // namespace budgetpdf::extract
