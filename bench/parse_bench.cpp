// Benchmark: the front end alone. Reads the files named on stdin (one path a
// line) into memory, then times tokenizing + parsing all of them, as
// bench/parse_speed.py compares with CPython's ast.parse.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parser.h"

int main(int argc, char** argv) {
  const int repeats = argc > 1 ? std::atoi(argv[1]) : 1;
  std::vector<std::string> sources;
  for (std::string path; std::getline(std::cin, path);) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    sources.push_back(content.str());
  }
  double best = 1e300;
  int failures = 0;
  for (int round = 0; round < repeats; ++round) {
    failures = 0;
    auto start = std::chrono::steady_clock::now();
    for (const std::string& source : sources) {
      krait::Arena arena;
      krait::parser::ParseOptions options;
      failures += krait::parser::parse(source, arena, options).error.has_value();
    }
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    best = std::min(best, elapsed.count());
  }
  std::printf("%.6f %d\n", best, failures);
  return 0;
}
