#include "FuzzerDriver.h"

/// libFuzzer's entry point for programs that have their own `main`; provided by the runtime that
/// `-sanitize=fuzzer` links.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// The harness's check, set by rnn_fuzz_run.
static RNNFuzzTarget current_target;

/// libFuzzer's conventional per-input function. The runtime's own `main` (which SwiftPM's
/// `--defsym main=<module>_main` overrides with the harness's top-level code) still refers to it,
/// so it must exist; it forwards to the harness's check.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return current_target(data, size);
}

int rnn_fuzz_run(int argc, char **argv, RNNFuzzTarget target) {
    current_target = target;
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
