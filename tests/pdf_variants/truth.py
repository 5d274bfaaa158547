"""The reference records and their transformation into one variant's expected records.

The expected records are made from the truth alone, as the variant dictates
(department, year, unit); the PDF is then laid out from these records, so what
is printed and what is expected cannot drift apart.
"""
import copy
import json
import re
from dataclasses import dataclass
from decimal import Decimal

TEN_THOUSAND = Decimal(10000)
CENT = Decimal("0.01")
# Amount keys that are not money: they keep their value whatever the unit.
NOT_MONEY = {"quantity"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass(frozen=True)
class Money:
    """How a variant prints and records amounts."""
    unit: str
    thousands: bool

    def scale(self, text):
        """The exact decimal string of a truth amount (in 万元) in this unit.

        >>> Money("元", False).scale("10544.51"), Money("万元", False).scale("0.13")
        ('105445100.00', '0.13')
        """
        if text is None:
            return None
        if self.unit == "元":
            return str((Decimal(text) * TEN_THOUSAND).quantize(CENT))
        return text

    def printed(self, text):
        """An amount already in this unit as the PDF prints it ("" for null).

        >>> [Money("万元", True).printed(a) for a in ("10544.51", "0.13", "544", None)]
        ['10,544.51', '0.13', '544', '']
        """
        if text is None:
            return ""
        if not self.thousands:
            return text
        value = Decimal(text)
        places = -value.as_tuple().exponent if value.as_tuple().exponent < 0 else 0
        return f"{value:,.{places}f}"


def expected_records(truth, variant):
    """The truth with the variant's department, year and unit; `pages` is added by the layout."""
    doc = next(r for r in truth if r["record"] == "document")
    old_name, old_year = doc["dept_name"], doc["year"]
    new_name = variant.dept_name or old_name
    year_shift = (variant.year or old_year) - old_year
    money = Money(variant.unit, variant.thousands)

    def shift_years(text):
        # Years in a project's title count from the budget year: they move with it.
        return re.sub(r"20\d\d", lambda m: str(int(m.group()) + year_shift), text)

    out = []
    for record in truth:
        r = copy.deepcopy(record)
        for key, value in r.items():
            if isinstance(value, str):
                r[key] = value.replace(old_name, new_name)
        kind = r["record"]
        if kind == "document":
            r.update(source=f"{variant.name}.pdf", dept_name=new_name, unit=variant.unit,
                     dept_code=variant.dept_code or r["dept_code"], year=variant.year or r["year"])
        elif kind == "table":
            r["unit"] = variant.unit
        elif kind == "budget_line":
            r["amounts"] = {k: (v if k in NOT_MONEY else money.scale(v)) for k, v in r["amounts"].items()}
        elif kind == "performance_project":
            r["title"], r["name"] = shift_years(r["title"]), shift_years(r["name"])
        out.append(r)
    return out, money
