#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace osc {

// What went wrong, in terms a caller can act on. scctl maps these to its exit codes.
enum class ErrorCode {
    BadInput, // malformed file, unknown module or version, usage error
    NotFound, // a named thing does not exist
    Locked, // refused: another operation holds a module
    Failed, // the operation ran and failed (compile errors, deploy failure)
    Conflict, // refused because of other modules (a delete while consumers reference it)
    Environment, // the environment folder or database cannot be used as asked
    Internal, // a bug or an unexpected system error
};

// An error as a value: the code, the user-facing message (translated where the
// catalogue says so) and an untranslated detail for logs (a path, a pid, diagnostics).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    QString fullText() const { return detail.isEmpty() ? message : message + u'\n' + detail; }
};

// Result<T> carries either a T or an Error. Result<void> carries only success or an Error.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace osc
