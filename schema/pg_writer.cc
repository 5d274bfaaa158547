#include "schema/pg_writer.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <set>

namespace budgetpdf::schema {
namespace {

// Advisory lock key that serializes schema creation between processes that
// start together (CREATE TABLE IF NOT EXISTS is not safe against itself);
// any constant private to budgetpdf does. "bdgt" in ASCII.
constexpr long long kSchemaLockKey = 0x62646774;

// SQLSTATEs of a transaction that lost a race to another writer and can run
// again: unique_violation, serialization_failure, deadlock_detected.
constexpr std::string_view kConflictStates[] = {"23505", "40001", "40P01"};
// SQLSTATE classes of a statement refused for the rows it writes: data
// exception (a value the column cannot hold), integrity constraint (the
// database's own rules; unique_violation above is a race), program limit
// exceeded (a value too large). The session stays usable.
constexpr std::string_view kRefusalClasses[] = {"22", "23", "54"};

struct FinishConnection {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
struct ClearResult {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ClearResult>;

// A value in COPY's text format: \N for null, backslash escapes for the
// characters that delimit fields and rows.
void append_copy_field(std::string& line, const SqlValue& value) {
  if (std::holds_alternative<std::monostate>(value)) {
    line += "\\N";
  } else if (const auto* b = std::get_if<bool>(&value)) {
    line += *b ? "t" : "f";
  } else if (const auto* i = std::get_if<std::int64_t>(&value)) {
    line += std::to_string(*i);
  } else {
    for (char c : std::get<std::string>(value)) {
      switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line.push_back(c);
      }
    }
  }
}

class PostgresSession final : public SqlSession {
 public:
  explicit PostgresSession(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
    if (!conn_ || PQstatus(conn_.get()) != CONNECTION_OK) {
      throw StoreError(fmt::format("cannot connect to PostgreSQL ({}): check the URL, that the server runs, and that it "
                                   "accepts this user",
                                   trimmed(conn_ ? PQerrorMessage(conn_.get()) : "out of memory")));
    }
    // Notices ("relation already exists, skipping") are not ours to print.
    PQsetNoticeProcessor(conn_.get(), [](void*, const char*) {}, nullptr);
    if (PQsetClientEncoding(conn_.get(), "UTF8") != 0) fail(nullptr, "cannot use UTF-8");
  }

  SqlDialect dialect() const override { return SqlDialect::postgres; }
  std::string name() const override {
    return fmt::format("PostgreSQL database {} on {}:{}", PQdb(conn_.get()), PQhost(conn_.get()), PQport(conn_.get()));
  }

  void begin(bool schema_change) override {
    execute("BEGIN");
    if (schema_change) execute(fmt::format("SELECT pg_advisory_xact_lock({})", kSchemaLockKey));
  }
  void commit() override { execute("COMMIT"); }
  void rollback() override {
    Result(PQexec(conn_.get(), "ROLLBACK"));
    staged_.clear();  // staging tables made in the transaction are gone with it
  }

  void execute(std::string_view statements) override {
    Result result(PQexec(conn_.get(), std::string(statements).c_str()));
    check(result.get());
  }

  SqlResult query(std::string_view sql, std::span<const std::string> params) override {
    std::vector<const char*> values;
    for (const auto& param : params) values.push_back(param.c_str());
    Result result(PQexecParams(conn_.get(), std::string(sql).c_str(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0));
    check(result.get());
    SqlResult rows;
    for (int r = 0; r < PQntuples(result.get()); ++r) {
      auto& row = rows.emplace_back();
      for (int c = 0; c < PQnfields(result.get()); ++c) {
        row.push_back(PQgetisnull(result.get(), r, c) ? std::nullopt
                                                      : std::optional<std::string>(PQgetvalue(result.get(), r, c)));
      }
    }
    return rows;
  }

  void insert(const TableRows& rows) override {
    std::string table = quote_identifier(rows.table->name);
    std::string stage = quote_identifier("stage_" + rows.table->name);
    if (staged_.insert(rows.table->name).second) {
      execute(fmt::format("CREATE TEMP TABLE IF NOT EXISTS {} (LIKE {})", stage, table));
    }
    Result copy(PQexec(conn_.get(), fmt::format("COPY {} FROM STDIN", stage).c_str()));
    if (PQresultStatus(copy.get()) != PGRES_COPY_IN) check(copy.get());
    std::string data;
    for (const auto& row : rows.rows) {
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) data.push_back('\t');
        append_copy_field(data, row[i]);
      }
      data.push_back('\n');
    }
    if (PQputCopyData(conn_.get(), data.data(), static_cast<int>(data.size())) != 1 ||
        PQputCopyEnd(conn_.get(), nullptr) != 1) {
      fail(nullptr, "cannot be written");
    }
    for (Result result(PQgetResult(conn_.get())); result; result.reset(PQgetResult(conn_.get()))) check(result.get());
    execute(fmt::format("WITH moved AS (DELETE FROM {} RETURNING *) INSERT INTO {} SELECT * FROM moved", stage, table));
  }

  std::string_view row_lock() const override { return " FOR UPDATE"; }

  std::vector<std::string> table_names() override {
    std::vector<std::string> names;
    for (auto& row : query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", {})) {
      names.push_back(row[0].value_or(""));
    }
    return names;
  }

 private:
  static std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
  }

  void check(PGresult* result) {
    auto status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    fail(result, "cannot be written");
  }

  [[noreturn]] void fail(PGresult* result, std::string_view what) {
    std::string state = result && PQresultErrorField(result, PG_DIAG_SQLSTATE) ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : "";
    std::string detail = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_.get()));
    for (auto conflict : kConflictStates) {
      if (state == conflict) throw StoreConflict(fmt::format("{}: {}", name(), detail));
    }
    for (auto refusal : kRefusalClasses) {
      if (!state.starts_with(refusal)) continue;
      // The primary message alone: the detail quotes the whole row.
      const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
      throw StoreRefused(fmt::format("{} refused the rows ({})", name(), primary ? primary : detail));
    }
    throw StoreError(fmt::format("{} {} ({})", name(), what, detail));
  }

  std::unique_ptr<PGconn, FinishConnection> conn_;
  std::set<std::string> staged_;  // staging tables made in this session
};

}  // namespace

std::unique_ptr<SqlSession> open_postgres(const std::string& url) { return std::make_unique<PostgresSession>(url); }

}  // namespace budgetpdf::schema
