#pragma once
// Tables from the page's own rules: where horizontal and vertical rules
// cross into a lattice, its cells are the boxes the rules enclose (a box
// whose dividing rule is missing is a merged cell), and every glyph lies in
// the cell that holds its centre. Whatever a producer does with the text
// inside a cell (wraps it, centres it vertically in a cell merged over
// several rows, lets it touch the next cell's) the rules say where it
// belongs.

#include <string>
#include <vector>

#include "extract/glyph.h"
#include "extract/layout/layout_params.h"
#include "extract/printed_document.h"

namespace budgetpdf::extract {

struct RuledCell {
  size_t row0 = 0, row1 = 0;  // lattice rows [row0, row1) it covers
  size_t col0 = 0, col1 = 0;  // lattice columns [col0, col1)
  std::vector<Glyph> glyphs;
};

struct RuledGrid {
  std::vector<double> xs;  // column boundaries, left to right: columns + 1 of them
  std::vector<double> ys;  // row boundaries, top down: rows + 1 of them
  std::vector<RuledCell> cells;
  std::vector<size_t> cell_at;  // the cell of lattice box (row, column), row-major

  size_t rows() const { return ys.size() - 1; }
  size_t columns() const { return xs.size() - 1; }
  const RuledCell& cell(size_t row, size_t column) const { return cells[cell_at[row * columns() + column]]; }
  bool contains(double x, double y) const { return x > xs.front() && x < xs.back() && y > ys.front() && y < ys.back(); }
};

// The lattices the rules form: rules that cross (within
// `params.rule_join_pt`) belong to one; a lattice of at least two columns
// is a grid (a table's continuation page may hold one row). Its boxes hold no glyphs yet.
// A lattice whose column rules are some of `continued_columns` (those of
// the grid that ended the previous page), with the same outer ones, takes
// all of them: its cells merged over the rest.
std::vector<RuledGrid> find_ruled_grids(const Rulings& rulings, const LayoutParams& params,
                                        const std::vector<double>& continued_columns = {});

// Moves every glyph whose centre lies inside a grid into its cell; returns
// the glyphs outside every grid.
std::vector<Glyph> place_glyphs(std::vector<RuledGrid>& grids, std::vector<Glyph> glyphs);

struct PlacedLine {
  double y = 0;  // top of the line or row on the page (pt)
  PrintedLine line;
  size_t lattice_row = 0;  // the lattice row it comes from
};

// One printed row per lattice row, top down: a cell's lines in the row and
// column it starts at (with its span of columns), an empty cell of the
// same span in the rows below that it covers; an empty box that reaches the
// grid's foot is marked `cut_at_foot`. Empty rows are dropped; a row that is
// one cell across the grid (a title, furniture or a note drawn inside the
// rules) is a text line.
std::vector<PlacedLine> ruled_rows(const RuledGrid& grid, int page, const LayoutParams& params);

// Marks the header of a grid's rows: the rows repeating `previous` (the
// header of the grid before, its rows' texts) if they do; else the rows
// down to the 栏次 row; else, unless the grid `goes_on` from the previous
// page (whose header it need not print), the rows above the first that
// holds a number, else (a table printed empty) the lattice rows that the
// cells of its first row reach down (labels merged over the header's
// rows). Returns the texts of the rows marked (none when no row is).
std::vector<std::string> mark_header(const RuledGrid& grid, std::vector<PlacedLine>& rows,
                                     const std::vector<std::string>& previous, bool goes_on);

// The column whose cells start the grid's rows: the one its header labels
// 序号 (or 行次), else the one it labels a code (编码, 代码), else the
// leftmost column filled in nearly every data row (`params.key_column_share`
// of the busiest one).
size_t ruled_key_column(const RuledGrid& grid, const std::vector<PlacedLine>& rows, const LayoutParams& params);

// Whether two grids have the same columns (a table going on over a page
// break).
bool same_columns(const std::vector<double>& a, const std::vector<double>& b, double slack);

}  // namespace budgetpdf::extract
