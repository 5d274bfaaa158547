#include <doctest/doctest.h>

#include "dump_builder.h"
#include "normalize/column_keys.h"
#include "normalize/reconciliation.h"

using namespace budgetpdf;
using normalize::ColumnRole;
using normalize::TableKind;

namespace {

using Paths = std::vector<std::vector<std::string>>;

std::vector<std::string> keys_of(TableKind kind, const Paths& paths) {
  std::vector<std::string> keys;
  for (const auto& spec : normalize::classify_columns(kind, paths)) {
    keys.push_back(spec.role == ColumnRole::amount ? spec.key : std::string(spec.role == ColumnRole::name ? "name" : "code"));
  }
  return keys;
}

}  // namespace

TEST_CASE("决算 columns take the contract's 决算 keys") {
  // 政府性基金预算财政拨款收入支出决算表 (上海市普陀区, 国家信访局).
  Paths gov_fund = {{"项目", "支出功能分类科目编码"}, {"项目", "科目名称"}, {"年初结转和结余"}, {"本年收入"},
                    {"本年支出", "小计"}, {"本年支出", "基本支出"}, {"本年支出", "项目支出"}, {"年末结转和结余"}};
  CHECK(keys_of(TableKind::gov_fund, gov_fund) ==
        std::vector<std::string>{"code", "name", "opening_balance", "current_income", "current_expenditure", "basic",
                                 "project", "closing_balance"});
  Paths income = {{"项目", "科目名称"}, {"本年收入合计"}, {"财政拨款收入"}, {"上级补助收入"}, {"事业收入"},
                  {"经营收入"}, {"附属单位上缴收入"}, {"其他收入"}};
  CHECK(keys_of(TableKind::income, income) ==
        std::vector<std::string>{"name", "current_income", "fiscal_appropriation", "higher_subsidy", "business",
                                 "operating", "affiliated_remit", "other"});
  Paths expenditure = {{"项目", "科目名称"}, {"本年支出合计"}, {"基本支出"}, {"项目支出"}, {"上缴上级支出"},
                       {"经营支出"}, {"对附属单位补助支出"}};
  CHECK(keys_of(TableKind::expenditure, expenditure) ==
        std::vector<std::string>{"name", "current_expenditure", "basic", "project", "remit_to_higher", "operating",
                                 "subsidy_to_affiliated"});
  // 预算数 and 决算数 side by side in the 三公 table.
  Paths three = {{"预算数", "合计"}, {"预算数", "因公出国（境）费"}, {"预算数", "公务用车购置及运行维护费", "小计"},
                 {"预算数", "公务用车购置及运行维护费", "公务用车购置费"},
                 {"预算数", "公务用车购置及运行维护费", "公务用车运行维护费"}, {"预算数", "公务接待费"},
                 {"决算数", "合计"}, {"决算数", "因公出国（境）费"}, {"决算数", "公务接待费"}};
  CHECK(keys_of(TableKind::three_public, three) ==
        std::vector<std::string>{"budget_total", "budget_abroad", "budget_vehicle", "budget_vehicle_purchase",
                                 "budget_vehicle_operation", "budget_reception", "actual_total", "actual_abroad",
                                 "actual_reception"});
}

TEST_CASE("header groups: a 小计 sums its group, a label printed again takes its group's key, 其中 is no summand") {
  // Beijing's 收入总表: 本年收入 and 上年结转结余 each print 一般公共预算资金.
  Paths income = {{"合计"}, {"本年收入", "小计"}, {"本年收入", "一般公共预算资金"}, {"本年收入", "事业收入"},
                  {"上年结转结余", "小计"}, {"上年结转结余", "一般公共预算资金"}, {"上年结转结余", "单位资金"}};
  auto specs = normalize::classify_columns(TableKind::income, income);
  std::vector<std::string> keys, summed_in;
  for (const auto& spec : specs) {
    keys.push_back(spec.key);
    summed_in.push_back(spec.summed_in);
  }
  CHECK(keys == std::vector<std::string>{"total", "current_subtotal", "general_public", "business", "carryover",
                                         "carryover_general_public", "own_funds"});
  CHECK(summed_in == std::vector<std::string>{"", "", "current_subtotal", "current_subtotal", "", "carryover",
                                              "carryover"});
  // Beijing's 支出总表: 其中 columns are parts of others.
  Paths expenditure = {{"合计"}, {"基本支出"}, {"项目支出"}, {"其中", "事业单位经营支出"}, {"其中", "上缴上级支出"}};
  auto spending = normalize::classify_columns(TableKind::expenditure, expenditure);
  CHECK(spending[3].key == "operating");
  CHECK(spending[3].of_which);
  CHECK_FALSE(spending[1].of_which);
}

TEST_CASE("决算 identities: 年末 = 年初 + 收入 − 支出, 本年支出 = 基本 + 项目, and a 决算 total row") {
  const char* header =
      "科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余\n"
      "\t\t\t\t小计\t基本支出\t项目支出\t\n";
  std::string dump = testing::table_dump("政府性基金预算财政拨款收入支出决算表", header,
                                         {"\t合计\t10.00\t5.00\t8.00\t3.00\t5.00\t7.00\n"
                                          "229\t其他支出\t10.00\t5.00\t8.00\t3.00\t5.00\t6.00\n"});
  auto mapped = testing::map_single_table(dump);
  auto checks = normalize::reconcile({mapped.table});
  std::vector<std::string> outcomes;
  for (const auto& check : checks) {
    outcomes.push_back(check.rule + " " + check.subject + " " + check.column + " " + (check.ok ? "ok" : "failed"));
  }
  CHECK(outcomes == std::vector<std::string>{
                        "gov_fund.total_equals_classes 合计 opening_balance ok",
                        "gov_fund.total_equals_classes 合计 current_income ok",
                        "gov_fund.total_equals_classes 合计 current_expenditure ok",
                        "gov_fund.total_equals_classes 合计 basic ok",
                        "gov_fund.total_equals_classes 合计 project ok",
                        "gov_fund.total_equals_classes 合计 closing_balance failed",
                        "gov_fund.total_equals_basic_plus_project 合计 current_expenditure ok",
                        "gov_fund.total_equals_basic_plus_project 229 current_expenditure ok",
                        "gov_fund.closing_equals_opening_plus_income_minus_expenditure 合计 closing_balance ok",
                        "gov_fund.closing_equals_opening_plus_income_minus_expenditure 229 closing_balance failed",
                    });
}
