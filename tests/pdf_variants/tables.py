"""Table kinds as printed: header trees with their exact labels, and the rows each
kind prints from the expected records. The layout engine (layout.py) places the
resulting TableBlocks; nothing here knows about pages.
"""
from dataclasses import dataclass

from layout import PAD, Cell, Column, DataRow, TableBlock

# A name column narrower than this many CJK characters wraps most names into many
# lines; the table's font shrinks instead, as spreadsheet "fit to width" printing does.
MIN_NAME_CHARS = 5
SHRINK = 0.94          # font size factor per fitting step
MIN_SIZE = 5.0         # pt: stop shrinking here
MIN_AMOUNT_DIGITS = 6  # a natural-width amount column is at least this many digits wide


@dataclass(frozen=True)
class Leaf:
    """A printed column: its lowest header label, what it holds, and the record field.
    A two-sided table's fields are prefixed with their side ("income.amount")."""
    label: str
    kind: str   # rowno, code, name, amount
    key: str


ROW_NO = Leaf("序号", "rowno", "row_no")


def _amounts(*pairs, side=""):
    return [Leaf(label, "amount", side + key) for label, key in pairs]


def _subject(group):
    return (group, [Leaf("科目编码", "code", "code"), Leaf("科目名称", "name", "name")])


_BASIC_PROJECT = [ROW_NO, _subject("功能分类科目"),
                  *_amounts(("合计", "total"), ("基本支出", "basic"), ("项目支出", "project"))]

# kind -> header tree: a Leaf, or (group label, [children]). Labels as the shared PDF prints them.
HEADERS = {
    "summary": [ROW_NO,
                ("收入", [Leaf("项目", "name", "income.name"), Leaf("预算数", "amount", "income.amount")]),
                ("支出", [Leaf("项目", "name", "expenditure.name"),
                          Leaf("预算数", "amount", "expenditure.amount")])],
    "income": [ROW_NO, _subject("功能分类科目"), Leaf("合计", "amount", "total"),
               ("本年收入", _amounts(("小计", "current_subtotal"), ("财政拨款收入", "fiscal_appropriation"),
                                     ("财政专户收入", "fiscal_special_account"), ("事业收入", "business"),
                                     ("经营收入", "operating"), ("上级补助收入", "higher_subsidy"),
                                     ("附属单位上缴收入", "affiliated_remit"), ("其他收入", "other"))),
               Leaf("上年结转", "amount", "carryover")],
    "expenditure": [ROW_NO, _subject("功能分类科目"),
                    *_amounts(("合计", "total"), ("基本支出", "basic"), ("项目支出", "project"),
                              ("经营支出", "operating"), ("上解上级支出", "remit_to_higher"),
                              ("对附属单位补助支出", "subsidy_to_affiliated"))],
    "fiscal_summary": [ROW_NO,
                       ("收入", [Leaf("项目", "name", "income.name"), Leaf("金额", "amount", "income.amount")]),
                       ("支出", [Leaf("项目", "name", "expenditure.name"),
                                 *_amounts(("合计", "total"), ("一般公共预算财政拨款", "general_public"),
                                           ("政府性基金预算财政拨款", "gov_fund"),
                                           ("国有资本经营预算财政拨款", "state_capital"), side="expenditure.")])],
    "general_public": _BASIC_PROJECT,
    "general_public_basic": [ROW_NO, _subject("支出部门经济分类科目"),
                             ("一般公共预算基本支出", _amounts(("合计", "total"), ("人员经费", "personnel"),
                                                               ("公用经费", "public_expense")))],
    "gov_fund": _BASIC_PROJECT,
    "state_capital": _BASIC_PROJECT,
    "three_public": [ROW_NO, Leaf("项目", "name", "name"),
                     ("资金性质", _amounts(("合计", "total"), ("一般公共预算财政拨款", "general_public"),
                                           ("政府性基金预算拨款", "gov_fund"),
                                           ("国有资本经营预算财政拨款", "state_capital")))],
    "assets": [Leaf("项目", "name", "name"), Leaf("数量", "amount", "quantity"),
               Leaf("价值（金额单位：{unit}）", "amount", "value")],
    "procurement": [("政府采购项目来源", [Leaf("项目名称", "name", "project_name"),
                                          Leaf("预算资金", "amount", "budget_funds")]),
                    Leaf("采购物品名称", "name", "item"), Leaf("政府采购目录序号", "code", "catalogue_no"),
                    Leaf("计量单位", "name", "measure"), Leaf("数量", "amount", "quantity"),
                    Leaf("单价", "amount", "unit_price"),
                    ("政府采购金额（当年部门预算安排资金）",
                     _amounts(("合计", "total"), ("一般公共预算拨款", "general_public"),
                              ("基金预算拨款", "gov_fund"), ("国有资本经营预算拨款", "state_capital"),
                              ("财政专户核拨", "special_account"), ("单位资金", "own_funds"),
                              ("财政拨款结转", "carryover"))),
                    Leaf("{year}年预留中小微企业份额", "amount", "sme_share")],
}
# Tables printed without the 栏次 row of column numbers.
NO_BAND = {"assets", "procurement"}
EMPTY_NOTES = {
    "gov_fund": ["注：无政府基金预算财政拨款预算，空表列示。"],
    "procurement": ["注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。"
                    "涉密采购事项按照相关规定执行。", "注：无政府采购预算，空表列示。"],
}
INDICATOR_LABELS = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
INDICATOR_FIELDS = ["level1", "level2", "level3", "description", "value_raw", "basis"]
INDICATOR_ALIGN = ["center", "center", "left", "left", "center", "left"]
INSTITUTION_LABELS = ["单位名称", "单位性质", "单位规格", "经费保障形式"]
INSTITUTION_FIELDS = ["name", "nature", "rank", "funding"]
DATA_ALIGN = {"rowno": "center", "code": "left", "name": "left", "amount": "right"}


@dataclass(frozen=True)
class Context:
    """What every table of one variant shares."""
    variant: object
    money: object
    style: object      # the body Style
    width: float       # text width of the page
    dept: str          # "113 开发区组织人事局"
    year: int

    def label(self, text):
        return text.format(unit=self.money.unit, year=self.year)


def header_cells(tree, band, ctx):
    """Header cells of a tree of labels, a leaf spanning down to the lowest row;
    then the 栏次 row numbering every column but the first."""
    def depth(node):
        return 1 if isinstance(node, Leaf) else 1 + max(map(depth, node[1]))
    rows = max(map(depth, tree))
    cells, leaves = [], []

    def walk(node, row, col):
        if isinstance(node, Leaf):
            cells.append(Cell(row, col, col + 1, ctx.label(node.label), rowspan=rows - row))
            leaves.append(node)
            return col + 1
        label, children = node
        start = col
        for child in children:
            col = walk(child, row + 1, col)
        cells.append(Cell(row, start, col, ctx.label(label)))
        return col

    col = 0
    for node in tree:
        col = walk(node, 0, col)
    if band:
        cells.append(Cell(rows, 0, 1, "栏次"))
        cells += [Cell(rows, i, i + 1, str(i)) for i in range(1, col)]
    return cells, leaves


def _cell_text(leaf, field, record, row_no, money):
    if leaf.kind == "rowno":
        return "" if row_no is None else str(row_no)
    if record is None:
        return ""
    if leaf.kind == "amount":
        return money.printed(record["amounts"].get(field))
    return record.get(field) or ""


def budget_rows(kind, leaves, lines, ctx):
    """One printed row per row number; a two-sided table puts both sides on it."""
    by_row = {}
    for i, line in enumerate(lines):
        # Rows without a number (assets) are one row each.
        key = line["row_no"] if line["row_no"] is not None else ("unnumbered", i)
        by_row.setdefault(key, {})[line["side"]] = line
    forced = {(b.table, b.row): b.lines for b in ctx.variant.forced_breaks}
    rows = []
    for key, sides in by_row.items():
        row_no = None if isinstance(key, tuple) else key
        cells = []
        for leaf in leaves:
            side, _, field = leaf.key.rpartition(".")
            cells.append(_cell_text(leaf, field, sides.get(side or None), row_no, ctx.money))
        breaks = [forced[(kind, r["code"] or r["name"])] for r in sides.values()
                  if (kind, r["code"] or r["name"]) in forced]
        rows.append(DataRow(cells, records=list(sides.values()), break_after=breaks[0] if breaks else None))
    return rows


def _natural_widths(leaves, rows, style, variant):
    """Column widths with PAD, or None for a name column that takes what is left."""
    digit = style.width("0")
    amount_cols = [i for i, leaf in enumerate(leaves) if leaf.kind == "amount"]
    widest_amount = max([style.width(r.cells[i]) for r in rows for i in amount_cols]
                        + [MIN_AMOUNT_DIGITS * digit])
    out = []
    for i, leaf in enumerate(leaves):
        natural = max([style.width(r.cells[i]) for r in rows], default=0.0)
        if leaf.kind == "rowno":
            # Never narrower than its label: a wrapped "栏次" would hide the column-number row.
            w = max(variant.rowno_digits * digit if variant.rowno_digits else natural, style.width("栏次"))
        elif leaf.kind == "code":
            w = variant.code_digits * digit if variant.code_digits else max(natural, 3 * digit)
        elif leaf.kind == "amount":
            w = variant.amount_digits * digit if variant.amount_digits else widest_amount
        else:
            out.append(variant.name_chars * style.size + 2 * PAD if variant.name_chars else None)
            continue
        out.append(w + 2 * PAD)
    return out


def fit_columns(leaves, rows, ctx):
    """Column widths and the table font: shrink the font until the columns fit the page."""
    style = ctx.style
    while True:
        widths = _natural_widths(leaves, rows, style, ctx.variant)
        flexible = [i for i, w in enumerate(widths) if w is None]
        spare = ctx.width - sum(w for w in widths if w is not None)
        need = len(flexible) * (MIN_NAME_CHARS * style.size + 2 * PAD)
        if spare >= need or style.size * SHRINK < MIN_SIZE:
            break
        style = style.sized(style.size * SHRINK)
    widths = [spare / len(flexible) if w is None else w for w in widths]
    return [Column(w, DATA_ALIGN[leaf.kind]) for w, leaf in zip(widths, leaves)], style


def budget_table(kind, table, lines, ctx):
    cells, leaves = header_cells(HEADERS[kind], kind not in NO_BAND and ctx.variant.band_row, ctx)
    rows = budget_rows(kind, leaves, lines, ctx)
    if kind == "procurement":   # empty, fifteen columns: equal widths, labels wrap
        columns, style = [Column(ctx.width / len(leaves), "right") for _ in leaves], ctx.style
    elif kind == "assets":      # three columns over the page, as printed everywhere
        columns, style = _weighted([3, 0.7, 2], ["left", "right", "right"], ctx.width), ctx.style
    else:
        columns, style = fit_columns(leaves, rows, ctx)
    if kind == "assets":
        furniture = (ctx.dept, "", f"截止时间：{ctx.year - 1}-12-31")
    elif kind == "procurement":
        furniture = (ctx.dept, "", f"单位：{ctx.money.unit}")
    else:
        furniture = (ctx.dept, f"预算年度：{ctx.year}", f"单位：{ctx.money.unit}")
    return TableBlock(columns=columns, header=cells, style=style, rows=rows, title=table["title"],
                      furniture=furniture, notes=EMPTY_NOTES.get(kind, []) if not rows else [])


def _weighted(weights, aligns, width):
    total = sum(weights)
    return [Column(width * w / total, a) for w, a in zip(weights, aligns)]


def project_table(project, indicators, ctx):
    """A 绩效目标表: the goal row once, then the indicator grid, 一级指标 printed once per run."""
    rows, previous = [], None
    for ind in indicators:
        same = ind["level1"] == previous
        cells = [("" if same and f == "level1" else ind[f] or "") for f in INDICATOR_FIELDS]
        rows.append(DataRow(cells, records=[ind], merged=frozenset({0}) if same else frozenset()))
        previous = ind["level1"]
    return TableBlock(
        columns=_weighted(ctx.variant.indicator_weights, INDICATOR_ALIGN, ctx.width),
        header=[Cell(0, i, i + 1, label) for i, label in enumerate(INDICATOR_LABELS)],
        lead=[Cell(0, 0, 3, "绩效目标"), Cell(0, 3, 6, project["goal"] or "", align="left", bold=False)],
        style=ctx.style, rows=rows, title=f"{project['project_no']}、{project['title']}",
        title_records=[project], title_size=ctx.style.size + 3)


def institution_table(institutions, ctx):
    rows = [DataRow([r[f] or "" for f in INSTITUTION_FIELDS], records=[r]) for r in institutions]
    return TableBlock(columns=_weighted([1.4, 1, 1, 1], ["left", "center", "center", "center"], ctx.width),
                      header=[Cell(0, i, i + 1, label) for i, label in enumerate(INSTITUTION_LABELS)],
                      style=ctx.style, rows=rows, title="部门机构设置情况", title_size=ctx.style.size + 3)
