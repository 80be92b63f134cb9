#include "rules/conditions/condition_values.h"

#include <arpa/inet.h>

#include <cstdio>
#include <string>

namespace slim::conditions {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

int Digits(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

// --- dates ---

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// The calendar date of a day count since 1970-01-01 (Howard Hinnant's civil_from_days).
std::string CivilDate(long long days) {
  days += 719468;
  long long era = (days >= 0 ? days : days - 146096) / 146097;
  long long doe = days - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  long long d = doy - (153 * mp + 2) / 5 + 1;
  long long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", y, m, d);
  return buf;
}

DateReading ReadEpoch(std::string_view digits) {
  // Twelve digits and more are past the year 5000 in seconds: almost surely milliseconds.
  if (digits.size() >= 12) {
    return {DateForm::kMisleading, "IAM reads a number as seconds since 1970, so this is thousands of years "
                                   "from now; it looks like milliseconds"};
  }
  if (digits.size() == 4) {
    return {DateForm::kMisleading, "as ISO 8601 it is the year " + std::string(digits) + ", as a number " +
                                       std::string(digits) + " seconds after 1970; which one IAM applies is not documented"};
  }
  long long seconds = std::stoll(std::string(digits));
  if (digits.size() == 8) {
    int y = Digits(digits.substr(0, 4)), m = Digits(digits.substr(4, 2)), d = Digits(digits.substr(6, 2));
    if (y >= 1971 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m)) {
      return {DateForm::kMisleading, "IAM reads a number as seconds since 1970, so this is " +
                                         CivilDate(seconds / 86400) + ", not " + std::string(digits.substr(0, 4)) + "-" +
                                         std::string(digits.substr(4, 2)) + "-" + std::string(digits.substr(6, 2))};
    }
  }
  return {DateForm::kEpoch, {}};
}

// Reads `n` digits at `pos`; false if they are not there.
bool TakeDigits(std::string_view s, size_t& pos, size_t n, int& out) {
  if (pos + n > s.size() || !AllDigits(s.substr(pos, n))) return false;
  out = Digits(s.substr(pos, n));
  pos += n;
  return true;
}

bool Take(std::string_view s, size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

// The W3C profile: YYYY, YYYY-MM, YYYY-MM-DD, then Thh:mm, :ss, .s and a time zone (Z or +hh:mm).
// nullopt when the text is not in that shape at all.
std::optional<DateReading> ReadIso(std::string_view s) {
  size_t pos = 0;
  int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  if (!TakeDigits(s, pos, 4, year)) return std::nullopt;
  if (pos == s.size()) return DateReading{DateForm::kIso, {}};
  if (!Take(s, pos, '-') || !TakeDigits(s, pos, 2, month)) return std::nullopt;
  if (month < 1 || month > 12) return DateReading{DateForm::kInvalid, {}};
  if (pos == s.size()) return DateReading{DateForm::kIso, {}};
  if (!Take(s, pos, '-') || !TakeDigits(s, pos, 2, day)) return std::nullopt;
  if (day < 1 || day > DaysInMonth(year, month)) return DateReading{DateForm::kInvalid, {}};
  if (pos == s.size()) return DateReading{DateForm::kIso, {}};
  if (!Take(s, pos, 'T') || !TakeDigits(s, pos, 2, hour) || !Take(s, pos, ':') || !TakeDigits(s, pos, 2, minute)) {
    return std::nullopt;
  }
  if (Take(s, pos, ':')) {
    if (!TakeDigits(s, pos, 2, second)) return std::nullopt;
    if (Take(s, pos, '.')) {
      size_t start = pos;
      while (pos < s.size() && IsDigit(s[pos])) ++pos;
      if (pos == start) return std::nullopt;
    }
  }
  if (hour > 23 || minute > 59 || second > 60) return DateReading{DateForm::kInvalid, {}};
  if (pos == s.size()) {
    return DateReading{DateForm::kMisleading, "it has no time zone, so the moment it names is not defined; add Z for UTC "
                                              "or an offset such as +01:00"};
  }
  if (Take(s, pos, 'Z')) return pos == s.size() ? std::optional(DateReading{DateForm::kIso, {}}) : std::nullopt;
  if (s[pos] != '+' && s[pos] != '-') return std::nullopt;
  ++pos;
  int zh = 0, zm = 0;
  if (!TakeDigits(s, pos, 2, zh) || !Take(s, pos, ':') || !TakeDigits(s, pos, 2, zm) || pos != s.size()) {
    return std::nullopt;
  }
  if (zh > 23 || zm > 59) return DateReading{DateForm::kInvalid, {}};
  return DateReading{DateForm::kIso, {}};
}

// --- IP ranges ---

struct PrivateBlock {
  bool v6;
  const char* address;
  int prefix;
};
constexpr PrivateBlock kPrivateBlocks[] = {
    {false, "10.0.0.0", 8},  {false, "172.16.0.0", 12}, {false, "192.168.0.0", 16}, {false, "100.64.0.0", 10},
    {false, "127.0.0.0", 8}, {false, "169.254.0.0", 16}, {true, "fc00::", 7},        {true, "fe80::", 10},
    {true, "::1", 128},
};

bool PrefixEqual(const std::array<uint8_t, 16>& a, const std::array<uint8_t, 16>& b, int bits) {
  for (int i = 0; i < bits; ++i) {
    int byte = i / 8, shift = 7 - i % 8;
    if (((a[byte] >> shift) & 1) != ((b[byte] >> shift) & 1)) return false;
  }
  return true;
}

}  // namespace

bool HasPolicyVariable(std::string_view value) { return value.find("${") != std::string_view::npos; }

bool HasUnescapedWildcard(std::string_view value) {
  for (size_t i = 0; i < value.size(); ++i) {
    if (value.compare(i, 2, "${") == 0) {
      size_t close = value.find('}', i);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (value[i] == '*' || value[i] == '?') {
      return true;
    }
  }
  return false;
}

bool IpRange::HostBitsSet() const { return Network().bytes != bytes; }

IpRange IpRange::Network() const {
  IpRange network = *this;
  for (int i = prefix; i < bits(); ++i) network.bytes[i / 8] &= static_cast<uint8_t>(~(1u << (7 - i % 8)));
  return network;
}

std::string IpRange::ToString() const {
  char buf[INET6_ADDRSTRLEN];
  inet_ntop(v6 ? AF_INET6 : AF_INET, bytes.data(), buf, sizeof buf);
  return std::string(buf) + "/" + std::to_string(prefix);
}

bool IpRange::IsPrivate() const {
  for (const PrivateBlock& block : kPrivateBlocks) {
    if (block.v6 != v6 || prefix < block.prefix) continue;
    std::array<uint8_t, 16> base{};
    inet_pton(v6 ? AF_INET6 : AF_INET, block.address, base.data());
    if (PrefixEqual(bytes, base, block.prefix)) return true;
  }
  return false;
}

std::optional<IpRange> ParseIpRange(std::string_view text) {
  IpRange range;
  std::string_view address = text;
  size_t slash = text.find('/');
  if (slash != std::string_view::npos) address = text.substr(0, slash);
  range.v6 = address.find(':') != std::string_view::npos;
  std::string copy(address);
  if (inet_pton(range.v6 ? AF_INET6 : AF_INET, copy.c_str(), range.bytes.data()) != 1) return std::nullopt;
  range.prefix = range.bits();
  if (slash != std::string_view::npos) {
    std::string_view digits = text.substr(slash + 1);
    if (!AllDigits(digits) || digits.size() > 3) return std::nullopt;
    range.prefix = Digits(digits);
    if (range.prefix > range.bits()) return std::nullopt;
  }
  return range;
}

bool IsNumber(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  size_t dot = text.find('.');
  if (dot == std::string_view::npos) return AllDigits(text);
  return AllDigits(text.substr(0, dot)) && AllDigits(text.substr(dot + 1));
}

bool IsBase64(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0) return false;
  size_t padding = 0;
  while (padding < 2 && !text.empty() && text.back() == '=') {
    text.remove_suffix(1);
    ++padding;
  }
  for (char c : text) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IsDigit(c) || c == '+' || c == '/';
    if (!ok) return false;
  }
  return true;
}

DateReading ReadDate(std::string_view text) {
  if (AllDigits(text)) return ReadEpoch(text);
  if (auto iso = ReadIso(text)) return *iso;
  // Digits and separators only: someone wrote a date, just not in the form IAM documents.
  size_t digits = 0;
  for (char c : text) {
    if (IsDigit(c)) {
      ++digits;
    } else if (std::string_view("-/.: TZ+").find(c) == std::string_view::npos) {
      return {DateForm::kInvalid, {}};
    }
  }
  if (digits < 6) return {DateForm::kInvalid, {}};
  return {DateForm::kMisleading, "it is not in the ISO 8601 form IAM documents (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)"};
}

}  // namespace slim::conditions
