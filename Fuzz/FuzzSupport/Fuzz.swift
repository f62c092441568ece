import CFuzzerDriver
import Glibc

/// The check the running harness applies to each input; set once by ``fuzz(_:)`` before libFuzzer starts.
nonisolated(unsafe) private var currentCheck: (([UInt8]) -> Void)?

/// Runs libFuzzer with this process's arguments, calling `check` on every input, and exits with
/// libFuzzer's status. A harness's `main.swift` calls it from top-level code:
///
/// ```swift
/// fuzz { bytes in
///     guard let text = String(validating: bytes, as: UTF8.self) else { return }
///     require(…, "what went wrong for \(text)")
/// }
/// ```
package func fuzz(_ check: @escaping ([UInt8]) -> Void) -> Never {
    currentCheck = check
    let status = rnn_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        currentCheck?(bytes)
        return 0
    }
    exit(status)
}

/// Stops the process with `message` when a property does not hold, so libFuzzer reports the
/// input as a crash and saves it.
package func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard condition() else {
        fatalError("property violated: \(message())")
    }
}
