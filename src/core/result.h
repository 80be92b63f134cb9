// Errors as values across module boundaries: a function that can fail returns Result<T>.
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "core/source_file.h"

namespace slim {

struct Error {
  std::string message;
  std::string path;     // may be empty
  Position position{};  // may be unknown

  // "path:line:col: message", leaving out the parts that are unknown.
  std::string ToString() const;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}
  Result(Error error) : value_(std::move(error)) {}

  bool ok() const { return value_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(value_); }
  const T& value() const { return std::get<0>(value_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(value_); }

 private:
  std::variant<T, Error> value_;
};

}  // namespace slim
