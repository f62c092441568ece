#ifndef RNNGRADE_FUZZER_DRIVER_H
#define RNNGRADE_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// One fuzz input: returns 0 (libFuzzer's contract); a failed property aborts instead.
typedef int (*RNNFuzzTarget)(const uint8_t *data, size_t size);

/// Runs libFuzzer (LLVMFuzzerRunDriver) on `target` with the process's arguments
/// (`-max_total_time=30 corpus/answer`, …) and returns its exit status.
int rnn_fuzz_run(int argc, char **argv, RNNFuzzTarget target);

#endif
