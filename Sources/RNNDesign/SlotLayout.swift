/// Where each time-indexed quantity of a compiled model lives in a ``StepFrame``: its slot, and
/// the place of its carried earlier values in the history.
struct SlotLayout: Sendable {
    /// The slot of each time-indexed name the output depends on.
    let slots: [String: Int]
    /// Per slot: how many earlier steps are carried (the largest k in `name[t-k]`).
    let lookback: [Int]
    /// Per slot: where its carried values start in the history.
    let historyBase: [Int]

    /// A layout for `names` (in slot order) carrying `lookback[name]` earlier values each.
    init(names: [String], lookback: [String: Int]) {
        var slots: [String: Int] = [:]
        var depths: [Int] = []
        var bases: [Int] = []
        var next = 0
        for (slot, name) in names.enumerated() {
            slots[name] = slot
            let depth = lookback[name] ?? 0
            depths.append(depth)
            bases.append(next)
            next += depth
        }
        self.slots = slots
        self.lookback = depths
        self.historyBase = bases
        self.historySize = next
    }

    /// The number of carried values.
    let historySize: Int
}
