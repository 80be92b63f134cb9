// The formats of condition values as IAM reads them: policy variables and wildcards, IP
// ranges, numbers, base64 and dates.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace slim::conditions {

bool HasPolicyVariable(std::string_view value);
// Wildcards outside policy variables (so "${*}", the escape for a literal '*', does not count).
bool HasUnescapedWildcard(std::string_view value);

// An IPv4 or IPv6 address range as IAM reads it: CIDR notation, a bare address meaning one host.
struct IpRange {
  bool v6 = false;
  std::array<uint8_t, 16> bytes{};
  int prefix = 0;

  int bits() const { return v6 ? 128 : 32; }
  bool HostBitsSet() const;
  IpRange Network() const;  // host bits cleared
  std::string ToString() const;
  // The whole range lies in address space that never appears as a public source address:
  // RFC 1918, shared (100.64/10), loopback, link-local, IPv6 unique-local and link-local.
  bool IsPrivate() const;
};
std::optional<IpRange> ParseIpRange(std::string_view text);

bool IsNumber(std::string_view text);  // integer or decimal, optionally signed
bool IsBase64(std::string_view text);

// How a Date operator reads a value.
enum class DateForm {
  kIso,         // the W3C profile of ISO 8601
  kEpoch,       // seconds since 1970
  kMisleading,  // parses, but perhaps not as meant (epoch milliseconds, 20240131, a bare year, no time zone)
  kInvalid,     // not a date at all
};
struct DateReading {
  DateForm form = DateForm::kInvalid;
  std::string explanation;  // for kMisleading: what IAM makes of it
};
DateReading ReadDate(std::string_view text);

}  // namespace slim::conditions
