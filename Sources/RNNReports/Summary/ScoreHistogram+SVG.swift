import RNNMath
extension ScoreHistogram {
    private static let width = 440.0
    private static let height = 240.0
    private static let plotLeft = 40.0
    private static let plotTop = 20.0
    private static let plotHeight = 180.0
    private static let slot = 39.0
    private static let gap = 3.0

    /// The histogram as a standalone SVG image (well-formed XML, no scripts, no external
    /// resources): one bar per bin scaled to the largest count, its count above it, percent
    /// ticks 0…100 below, the largest count on the vertical axis. Coordinates depend only on
    /// the counts and print with at most two decimals, so equal histograms give equal bytes.
    package var svg: String {
        let baseline = Self.plotTop + Self.plotHeight
        let tallest = Double(max(counts.max() ?? 0, 1))
        let number = { (value: Double) in DecimalText.string(value, maxFractionDigits: 2) }
        let total = counts.reduce(0, +)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(Self.width))\" height=\"\(number(Self.height))\""
        out += " viewBox=\"0 0 \(number(Self.width)) \(number(Self.height))\" role=\"img\""
        out += " aria-label=\"Score histogram of \(total) submissions\" font-family=\"sans-serif\" font-size=\"11\">\n"
        out += "<title>Score histogram of \(total) submissions</title>\n"
        for (index, count) in counts.enumerated() {
            let left = Self.plotLeft + Double(index) * Self.slot
            let barHeight = Double(count) / tallest * Self.plotHeight
            let top = baseline - barHeight
            out += "<rect x=\"\(number(left + Self.gap))\" y=\"\(number(top))\" width=\"\(number(Self.slot - 2 * Self.gap))\""
            out += " height=\"\(number(barHeight))\" fill=\"#4c72b0\"><title>\(Self.label(ofBin: index)): \(count)</title></rect>\n"
            if count > 0 {
                out += "<text x=\"\(number(left + Self.slot / 2))\" y=\"\(number(top - 4))\" text-anchor=\"middle\">\(count)</text>\n"
            }
        }
        for tick in 0...Self.binCount {
            let x = Self.plotLeft + Double(tick) * Self.slot
            out += "<text x=\"\(number(x))\" y=\"\(number(baseline + 16))\" text-anchor=\"middle\">\(tick * 10)</text>\n"
        }
        let right = Self.plotLeft + Double(Self.binCount) * Self.slot
        out += "<line x1=\"\(number(Self.plotLeft))\" y1=\"\(number(baseline))\" x2=\"\(number(right))\" y2=\"\(number(baseline))\" stroke=\"#333\"/>\n"
        out += "<line x1=\"\(number(Self.plotLeft))\" y1=\"\(number(Self.plotTop))\" x2=\"\(number(Self.plotLeft))\" y2=\"\(number(baseline))\" stroke=\"#333\"/>\n"
        out += "<text x=\"\(number(Self.plotLeft - 6))\" y=\"\(number(Self.plotTop + 4))\" text-anchor=\"end\">\(Int(tallest))</text>\n"
        out += "<text x=\"\(number(Self.plotLeft - 6))\" y=\"\(number(baseline + 4))\" text-anchor=\"end\">0</text>\n"
        out += "<text x=\"\(number((Self.plotLeft + right) / 2))\" y=\"\(number(Self.height - 6))\" text-anchor=\"middle\">percent score</text>\n"
        return out + "</svg>\n"
    }
}
