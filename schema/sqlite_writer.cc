#include "schema/sqlite_writer.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <chrono>
#include <map>
#include <thread>

namespace budgetpdf::schema {
namespace {

// How long a writer waits for another process holding the database (another
// shard, or a reader) before giving up, in milliseconds. Documents commit in
// milliseconds, so a minute means the other process is stuck.
constexpr int kBusyTimeoutMs = 60'000;
// Between two attempts at what SQLite does not wait for itself.
constexpr auto kBusyRetryInterval = std::chrono::milliseconds(20);

struct CloseDatabase {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct FinalizeStatement {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

class SqliteSession final : public SqlSession {
 public:
  explicit SqliteSession(std::string path) : path_(std::move(path)) {
    sqlite3* db = nullptr;
    int status = sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    db_.reset(db);
    if (status != SQLITE_OK) fail("cannot be opened: check that its directory exists and is writable");
    sqlite3_busy_timeout(db_.get(), kBusyTimeoutMs);
  }

  SqlDialect dialect() const override { return SqlDialect::sqlite; }
  std::string name() const override { return path_; }

  // IMMEDIATE takes the write lock at once, so two processes never both read
  // and then both try to write (which SQLite can only resolve by failing one).
  void begin(bool /*schema_change*/) override { execute("BEGIN IMMEDIATE"); }
  void commit() override { execute("COMMIT"); }
  void rollback() override { sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr); }

  void execute(std::string_view statements) override {
    std::string text(statements);
    if (sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot be written");
  }

  SqlResult query(std::string_view sql, std::span<const std::string> params) override {
    sqlite3_stmt* statement = prepared(sql);
    for (size_t i = 0; i < params.size(); ++i) {
      int index = sqlite3_bind_parameter_index(statement, fmt::format("${}", i + 1).c_str());
      if (index > 0) sqlite3_bind_text(statement, index, params[i].data(), static_cast<int>(params[i].size()), SQLITE_TRANSIENT);
    }
    SqlResult rows;
    for (int status; (status = sqlite3_step(statement)) != SQLITE_DONE;) {
      if (status != SQLITE_ROW) fail_statement(statement);
      auto& row = rows.emplace_back();
      for (int column = 0; column < sqlite3_column_count(statement); ++column) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        row.push_back(text ? std::optional<std::string>(std::string(text, static_cast<size_t>(sqlite3_column_bytes(statement, column))))
                           : std::nullopt);
      }
    }
    sqlite3_reset(statement);
    return rows;
  }

  void insert(const TableRows& rows) override {
    sqlite3_stmt* statement = prepared(insert_statement(*rows.table));
    for (const auto& row : rows.rows) {
      for (size_t i = 0; i < row.size(); ++i) bind(statement, static_cast<int>(i + 1), row[i]);
      if (sqlite3_step(statement) != SQLITE_DONE) fail_statement(statement);
      sqlite3_reset(statement);
    }
  }

  std::string_view row_lock() const override { return ""; }  // the whole database is locked by BEGIN IMMEDIATE

  std::vector<std::string> table_names() override {
    std::vector<std::string> names;
    for (auto& row : query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", {})) {
      names.push_back(row[0].value_or(""));
    }
    return names;
  }

  // Write-ahead logging. The switch needs the database to itself, and when
  // two processes open a new database together SQLite answers busy at once
  // (a deadlock to it) instead of waiting: the switch is tried again until
  // the busy timeout, as any other wait.
  void start_writing() override {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    while (sqlite3_exec(db_.get(), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr) != SQLITE_OK) {
      if (sqlite3_errcode(db_.get()) != SQLITE_BUSY || std::chrono::steady_clock::now() > deadline) fail("cannot be written");
      std::this_thread::sleep_for(kBusyRetryInterval);
    }
    execute("PRAGMA synchronous = NORMAL");
  }

 private:
  static std::string insert_statement(const SqlTable& table) {
    std::string columns, values;
    for (size_t i = 0; i < table.columns.size(); ++i) {
      columns += (i ? ", " : "") + quote_identifier(table.columns[i].name);
      values += fmt::format("{}?{}", i ? ", " : "", i + 1);
    }
    return fmt::format("INSERT INTO {} ({}) VALUES ({})", quote_identifier(table.name), columns, values);
  }

  static void bind(sqlite3_stmt* statement, int index, const SqlValue& value) {
    if (const auto* b = std::get_if<bool>(&value)) {
      sqlite3_bind_int(statement, index, *b ? 1 : 0);
    } else if (const auto* i = std::get_if<std::int64_t>(&value)) {
      sqlite3_bind_int64(statement, index, *i);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
      sqlite3_bind_text(statement, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    } else {
      sqlite3_bind_null(statement, index);
    }
  }

  sqlite3_stmt* prepared(std::string_view sql) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) return found->second.get();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
      fail("cannot be queried");
    }
    return statements_.emplace(std::string(sql), Statement(statement)).first->second.get();
  }

  [[noreturn]] void fail_statement(sqlite3_stmt* statement) {
    sqlite3_reset(statement);
    fail("cannot be written");
  }

  [[noreturn]] void fail(std::string_view what) {
    int code = db_ ? sqlite3_errcode(db_.get()) : SQLITE_CANTOPEN;
    std::string detail = db_ ? sqlite3_errmsg(db_.get()) : "out of memory";
    // A value too large, of a type a column refuses, or against a constraint
    // of the database's own: this document's rows, not the database.
    if (code == SQLITE_TOOBIG || code == SQLITE_MISMATCH || code == SQLITE_CONSTRAINT) {
      throw StoreRefused(fmt::format("SQLite database {} refused the rows ({})", path_, detail));
    }
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
      throw StoreError(fmt::format("SQLite database {} is locked by another process ({}): wait for it to finish, or "
                                   "write into another file",
                                   path_, detail));
    }
    throw StoreError(fmt::format("SQLite database {} {} ({})", path_, what, detail));
  }

  std::string path_;
  std::unique_ptr<sqlite3, CloseDatabase> db_;
  std::map<std::string, Statement, std::less<>> statements_;
};

}  // namespace

std::unique_ptr<SqlSession> open_sqlite(const std::string& path) { return std::make_unique<SqliteSession>(path); }

}  // namespace budgetpdf::schema
