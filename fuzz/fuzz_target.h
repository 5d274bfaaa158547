#pragma once
// The one entry every fuzz target defines: bytes in, the code under test
// run on them. A target returns normally for any input it rejects the way
// a user would see (a typed InputError); anything else — a crash, a
// sanitizer report, another exception, a broken invariant (abort) — is a
// finding. libFuzzer calls it through LLVMFuzzerTestOneInput; without
// libFuzzer, replay_main.cc calls it on the corpus files.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace budgetpdf::fuzz {

void fuzz_one(std::string_view bytes);

// Stops the process when an invariant of the code under test fails; the
// fuzzer keeps the input that did it.
void require(bool condition, const char* what);

}  // namespace budgetpdf::fuzz
