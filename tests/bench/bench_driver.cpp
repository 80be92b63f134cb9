// Runs the real slim-lint binary on generated corpora and reports wall time, throughput and
// peak resident memory (from wait4's rusage), as a pre-commit hook or CI job would see them.
#include <fmt/format.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Run {
  double seconds = 0;
  long max_rss_kib = 0;
  int status = 0;
};

Run Execute(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Run run;
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.max_rss_kib = usage.ru_maxrss;
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

uintmax_t TreeBytes(const fs::path& dir, size_t* files) {
  uintmax_t bytes = 0;
  *files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) {
      bytes += entry.file_size();
      ++*files;
    }
  }
  return bytes;
}

struct Result {
  std::string name;
  size_t files;
  double mb;
  double median;
  double best;
  long rss_kib;
};

Result Measure(const std::string& name, const std::vector<std::string>& command, const fs::path& corpus, int repeats) {
  size_t files = 0;
  double mb = static_cast<double>(TreeBytes(corpus, &files)) / 1e6;
  std::vector<double> times;
  long rss = 0;
  Execute(command);  // warm the page cache
  for (int i = 0; i < repeats; ++i) {
    Run run = Execute(command);
    if (run.status == 2 || run.status < 0) {
      fmt::print(stderr, "{}: slim-lint failed with status {}\n", name, run.status);
      std::exit(1);
    }
    times.push_back(run.seconds);
    rss = std::max(rss, run.max_rss_kib);
  }
  std::sort(times.begin(), times.end());
  return {name, files, mb, times[times.size() / 2], times.front(), rss};
}

void Generate(const std::string& generator, const std::vector<std::string>& args) {
  std::vector<std::string> argv{generator};
  argv.insert(argv.end(), args.begin(), args.end());
  if (Execute(argv).status != 0) {
    fmt::print(stderr, "corpus generation failed: {}\n", fmt::join(args, " "));
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string slim, generator;
  fs::path work = "bench-corpus";
  bool quick = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--slim" && i + 1 < argc) slim = argv[++i];
    else if (a == "--corpus-generator" && i + 1 < argc) generator = argv[++i];
    else if (a == "--work" && i + 1 < argc) work = argv[++i];
    else if (a == "--quick") quick = true;
  }
  if (slim.empty() || generator.empty()) {
    fmt::print(stderr, "usage: slim_bench --slim PATH --corpus-generator PATH [--work DIR] [--quick]\n");
    return 2;
  }
  fs::create_directories(work);
  std::string small = (work / "small").string(), policies = (work / "policies").string(),
              files = (work / "files").string(), managed = (work / "managed").string();
  Generate(generator, {"small", small});
  Generate(generator, {"policies", policies, "1000", "20"});
  Generate(generator, {"files", files, quick ? "2000" : "10000"});
  Generate(generator, {"managed", managed});

  std::vector<Result> results;
  results.push_back(Measure("one small file", {slim, small + "/policy.json"}, small, quick ? 15 : 51));
  results.push_back(Measure("1,000 policies x 20 statements", {slim, policies}, policies, quick ? 3 : 7));
  results.push_back(Measure("1,000 policies x 20 statements, -j 1", {slim, "-j", "1", policies}, policies, quick ? 3 : 5));
  results.push_back(Measure(quick ? "2,000 files" : "10,000 files", {slim, files}, files, quick ? 2 : 3));
  results.push_back(Measure("1,644 AWS managed policies", {slim, "--type", "identity", managed}, managed, quick ? 2 : 3));

  fmt::print("{:<40} {:>7} {:>8} {:>10} {:>10} {:>9} {:>9} {:>10}\n", "corpus", "files", "MB", "median ms", "best ms",
             "files/s", "MB/s", "peak RSS");
  for (const Result& r : results) {
    fmt::print("{:<40} {:>7} {:>8.2f} {:>10.1f} {:>10.1f} {:>9.0f} {:>9.1f} {:>7} MB\n", r.name, r.files, r.mb, r.median * 1e3,
               r.best * 1e3, r.files / r.median, r.mb / r.median, r.rss_kib / 1024);
  }
  return 0;
}
