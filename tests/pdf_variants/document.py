"""The disclosure as printed, in order: contents page, the nine standard tables, the
explanation (narrative, institution table, one 绩效目标表 per project, procurement and
assets tables, glossary). Every number and name comes from the expected records.
"""
import tables
from layout import Flow

STANDARD = ["summary", "income", "expenditure", "fiscal_summary", "general_public",
            "general_public_basic", "gov_fund", "state_capital", "three_public"]
SECTIONS = ["一、部门职责及机构设置情况", "二、部门预算安排的总体情况", "三、机关运行经费安排情况",
            "四、财政拨款“三公”经费预算情况及增减变化原因", "五、预算绩效信息", "六、政府采购预算情况",
            "七、国有资产信息", "八、名词解释", "九、其他需要说明的事项"]


class Disclosure:
    """The expected records grouped the way the document prints them."""

    def __init__(self, records):
        self.document = next(r for r in records if r["record"] == "document")
        self.tables, self.lines = {}, {}
        self.institutions, self.projects = [], []
        current = None
        for r in records:
            if r["record"] == "table":
                current = r["table"]
                self.tables[current] = r
                self.lines[current] = []
            elif r["record"] == "budget_line":
                self.lines[r["table"]].append(r)
            elif r["record"] == "institution":
                self.institutions.append(r)
            elif r["record"] == "performance_project":
                self.projects.append((r, []))
            elif r["record"] == "performance_indicator":
                project, indicators = self.projects[-1]
                assert r["project_no"] == project["project_no"], "indicators follow their project"
                indicators.append(r)

    def amount(self, table, name, key, side=None):
        for line in self.lines.get(table, []):
            if line["name"] == name and line["side"] == side:
                return line["amounts"].get(key)
        raise KeyError((table, name, key))


def build(variant, records, money, toc_pages=None):
    """Lays the disclosure out; `toc_pages` (anchor -> page) fills the contents page."""
    flow = Flow(variant)
    write(flow, variant, records, money, toc_pages)
    return flow


def write(flow, variant, records, money, toc_pages=None):
    """Prints the disclosure through `flow`: a layout.Flow, or an engine_content.Recorder
    that hands the same sequence to another layout engine."""
    d = Disclosure(records)
    doc = d.document
    ctx = tables.Context(variant, money, flow.body, flow.width,
                         f"{doc['dept_code']} {doc['dept_name']}", doc["year"])
    toc_pages = toc_pages or {}

    def page_of(anchor):
        return str(toc_pages.get(anchor, 0))

    # Contents: table titles here must not be taken for the tables themselves.
    flow.centered(f"{doc['year']} 年部门预算信息公开目录", flow.body.sized(variant.title_size).bolded())
    flow.heading("部门预算公开表")
    for kind in STANDARD:
        flow.leader_line(d.tables[kind]["title"], page_of(kind))
    flow.heading("部门预算信息公开情况说明")
    for section in SECTIONS:
        flow.leader_line(section, page_of(section))

    for kind in STANDARD:
        if variant.tables_start_new_page or kind == STANDARD[0]:
            flow.new_page()
        flow.table(tables.budget_table(kind, d.tables[kind], d.lines[kind], ctx), anchor=kind)

    _explanation(flow, d, ctx)


def _explanation(flow, d, ctx):
    doc, money = d.document, ctx.money
    year, name, unit = doc["year"], doc["dept_name"], money.unit

    def amt(table, row, key, side=None):
        value = d.amount(table, row, key, side)
        return f"{money.printed(value or money.scale('0.00'))} {unit}"

    flow.new_page()
    flow.centered(f"{name} {year} 年部门预算信息公开情况说明", flow.body.sized(ctx.variant.title_size - 2).bolded())
    flow.paragraph(f"按照《预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，"
                   f"现将{name} {year} 年部门预算公开如下：")
    flow.heading(SECTIONS[0])
    flow.paragraph("部门职责：")
    flow.paragraph("（一）贯彻执行有关方面的法律、法规和政策，拟定全区事业发展的规划和政策并组织实施。")
    flow.paragraph("（二）负责本部门机关和所属事业单位人员的综合管理，做好机构人员定编调整、统计和上报工作。")
    flow.paragraph("机构设置：")
    flow.table(tables.institution_table(d.institutions, ctx))

    flow.heading(SECTIONS[1])
    flow.paragraph("按照预算管理有关规定，部门预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。")
    flow.paragraph("1、收入说明", indent_chars=2)
    flow.paragraph(f"反映本部门当年全部收入。{year} 年预算收入 {amt('income', '合计', 'total')}，其中：一般公共预算收入 "
                   f"{amt('summary', '一、一般公共预算拨款收入', 'amount', 'income')}，上年结转结余 "
                   f"{amt('income', '合计', 'carryover')}。")
    flow.paragraph("2、支出说明", indent_chars=2)
    flow.paragraph(f"{year} 年支出预算 {amt('expenditure', '合计', 'total')}，其中基本支出 "
                   f"{amt('expenditure', '合计', 'basic')}，包括人员经费 {amt('general_public_basic', '合计', 'personnel')}"
                   f"和日常公用经费 {amt('general_public_basic', '合计', 'public_expense')}；项目支出 "
                   f"{amt('expenditure', '合计', 'project')}。")
    flow.heading(SECTIONS[2])
    flow.paragraph(f"{year} 年，我部门机关运行经费共计安排 {amt('general_public_basic', '合计', 'public_expense')}，"
                   "主要用于办公用品、差旅费、邮电费、印刷费等日常运行支出。")
    flow.heading(SECTIONS[3])
    flow.paragraph(f"{year} 年，我部门财政拨款“三公”经费预算安排 {amt('three_public', '合计', 'total')}，其中公务接待费 "
                   f"{amt('three_public', '三、公务接待费', 'total')}。主要原因是：落实中央厉行节约政策。")

    flow.heading(SECTIONS[4])
    flow.paragraph("第一部分 部门整体绩效目标", indent_chars=0)
    flow.paragraph("围绕部门职责和年度重点工作，加强预算绩效管理，提高财政资金使用效益。")
    flow.paragraph("第二部分 预算项目绩效目标", indent_chars=0)
    for project, indicators in d.projects:
        flow.table(tables.project_table(project, indicators, ctx))

    flow.heading(SECTIONS[5])
    flow.paragraph(f"{year} 年，{name}安排政府采购预算 {money.printed(money.scale('0.00'))} {unit}。具体内容见下表。")
    flow.table(tables.budget_table("procurement", d.tables["procurement"], d.lines["procurement"], ctx))
    flow.heading(SECTIONS[6])
    total_assets = d.amount("assets", "资产总额", "value")
    flow.paragraph(f"{name}（含所属单位）上年末固定资产金额为 {money.printed(total_assets)} {unit}（详见下表）。")
    flow.table(tables.budget_table("assets", d.tables["assets"], d.lines["assets"], ctx))

    flow.heading(SECTIONS[7])
    flow.paragraph("1、一般公共预算拨款收入：指县级财政当年拨付的资金。")
    flow.paragraph("2、基本支出：指为保障机构正常运转、完成日常工作而发生的人员支出和公用支出。")
    flow.paragraph("3、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
    flow.heading(SECTIONS[8])
    flow.paragraph("我部门无其他需要说明的事项")


def lay_out(variant, records, money):
    """Two passes: the first finds the pages the contents page points to."""
    first = build(variant, records, money)
    flow = build(variant, records, money, toc_pages=first.anchors)
    assert len(flow.pages) == len(first.pages), "the contents page changed the pagination"
    return flow

