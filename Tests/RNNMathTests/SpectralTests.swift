import Testing
@testable import RNNMath

/// Eigenvalues, spectral radius, singular values and norms against sympy/numpy (golden values).
struct SpectralTests {
    static let squareNames = ["seedW", "seedWFlipped", "rotation", "triangularish", "general3", "complexPair3"]
    static let allNames = squareNames + ["wide"]

    @Test(arguments: squareNames)
    func eigenvaluesMatchNumpy(name: String) throws {
        let got = try GoldenSupport.matrix(name).eigenvalues()
        let want = try #require(Golden.eigenvalues[name])
        #expect(got.count == want.count)
        for (z, (re, im)) in zip(got, want) {
            #expect(GoldenSupport.close(z.real, re) && GoldenSupport.close(z.imaginary, im), "\(name): \(z) vs \(re)+\(im)i")
        }
    }

    @Test(arguments: squareNames)
    func exactEigenvaluesMatchSympy(name: String) throws {
        let got = try GoldenSupport.matrix(name).exactEigenvalues()
        let want = try #require(Golden.exactEigenvalues[name])
        #expect(got?.map(\.description) == want)
    }

    @Test func seedEigenvaluesAreExactlyTwoFifthsAndNineTenths() throws {
        for name in ["seedW", "seedWFlipped"] {
            let m = try GoldenSupport.matrix(name)
            #expect(try m.exactEigenvalues() == [try GoldenSupport.rational("0.4"), try GoldenSupport.rational("0.9")])
            #expect(try m.eigenvalues() == [Complex(0.4), Complex(0.9)])
            #expect(try m.spectralRadius() == .exact(try GoldenSupport.rational("9/10")))
        }
    }

    @Test func rotationHasAConjugatePair() throws {
        // Rotation by θ: eigenvalues cos θ ± i sin θ; for θ = 90° that is ±i.
        let rotation = try GoldenSupport.matrix("rotation")
        #expect(try rotation.eigenvalues() == [Complex(0, -1), Complex(0, 1)])
        #expect(try rotation.exactEigenvalues() == nil)
        #expect(try rotation.spectralRadius() == .approx(1))
        // θ with cos θ = 3/5, sin θ = 4/5 (exact matrix, non-real eigenvalues 3/5 ± 4/5 i).
        let r = try Matrix(exact: [[try GoldenSupport.rational("3/5"), try GoldenSupport.rational("-4/5")],
                                   [try GoldenSupport.rational("4/5"), try GoldenSupport.rational("3/5")]])
        let values = try r.eigenvalues()
        #expect(values.count == 2 && values[0] == values[1].conjugate)
        #expect(GoldenSupport.close(values[0].real, 0.6) && GoldenSupport.close(values[0].imaginary, -0.8))
    }

    @Test func repeatedAndLargerExactEigenvalues() throws {
        // Hand-built: upper triangular, so the eigenvalues are the diagonal 1/2, 1/2, −3, 5.
        let m = try Matrix(exact: [[try GoldenSupport.rational("1/2"), 7, 1, 0],
                                   [0, try GoldenSupport.rational("1/2"), 2, 9],
                                   [0, 0, -3, 4],
                                   [0, 0, 0, 5]])
        #expect(try m.exactEigenvalues()?.map(\.description) == ["1/2", "1/2", "-3", "5"])
        #expect(try m.spectralRadius() == Scalar(5))
    }

    @Test func multipleRootsAreRecoveredExactly() throws {
        // Jordan blocks: det(λI − J) = (λ − 1/3)⁴ and (λ − 2/3)³(λ + 7); all eigenvalues rational.
        let third = try GoldenSupport.rational("1/3")
        let jordan4 = try Matrix(exact: [[third, 1, 0, 0], [0, third, 1, 0], [0, 0, third, 1], [0, 0, 0, third]])
        #expect(try jordan4.exactEigenvalues() == [third, third, third, third])
        #expect(try jordan4.eigenvalues() == Array(repeating: Complex(1.0 / 3.0), count: 4))
        let twoThirds = try GoldenSupport.rational("2/3")
        let mixed = try Matrix(exact: [[twoThirds, 1, 0, 0], [0, twoThirds, 1, 0], [0, 0, twoThirds, 0], [5, 0, 0, -7]])
        #expect(try mixed.exactEigenvalues()?.map(\.description) == ["2/3", "2/3", "2/3", "-7"])
    }

    @Test func approximateSymmetricUsesJacobi() throws {
        let m = try Matrix(approx: [[0.58, 0.24], [0.24, 0.72]])
        let values = try m.eigenvalues()
        #expect(GoldenSupport.close(values[0].real, 0.4, tolerance: 1e-14))
        #expect(GoldenSupport.close(values[1].real, 0.9, tolerance: 1e-14))
        #expect(try m.exactEigenvalues() == nil)
    }

    @Test(arguments: allNames)
    func singularValuesMatchNumpy(name: String) throws {
        let got = try GoldenSupport.matrix(name).singularValues()
        let want = try #require(Golden.singularValues[name])
        #expect(got.count == want.count)
        for (a, b) in zip(got, want) { #expect(GoldenSupport.close(a, b), "\(name): \(got) vs \(want)") }
    }

    @Test(arguments: allNames)
    func normsMatchNumpy(name: String) throws {
        let m = try GoldenSupport.matrix(name)
        let want = try #require(Golden.norms[name])
        #expect(try m.norm1().isExact && m.normInf().isExact)
        #expect(GoldenSupport.close(try m.norm1().doubleValue, want.one))
        #expect(GoldenSupport.close(try m.normInf().doubleValue, want.inf))
        #expect(GoldenSupport.close(try m.normFrobenius().doubleValue, want.frobenius))
        #expect(GoldenSupport.close(try m.norm2().doubleValue, want.two))
    }

    @Test func exactNormsByHand() throws {
        #expect(try Matrix(exact: [[3, 4]]).normFrobenius() == Scalar(5))
        #expect(try Matrix(exact: [[3], [-4]]).norm1() == Scalar(7))
        #expect(try Matrix(exact: [[3], [-4]]).normInf() == Scalar(4))
        #expect(try Matrix(exact: [[3, 0], [0, -2]]).norm2() == Scalar(3))
        #expect(try GoldenSupport.matrix("seedW").norm2() == .exact(try GoldenSupport.rational("0.9")))
        #expect(try !Matrix(exact: [[1, 1], [0, 1]]).norm2().isExact)
    }
}

/// Singular values of ill-conditioned matrices keep their relative accuracy.
struct SingularValueAccuracyTests {
    @Test func smallSingularValueIsAccurate() throws {
        // diag(1, 1e-9) rotated by 45° on both sides has singular values 1 and 1e-9 exactly;
        // forming AᵀA would lose the small one entirely (1e-18 is below ε relative to 1).
        let m = try Matrix(approx: [[0.5 + 0.5e-9, 0.5 - 0.5e-9], [0.5 - 0.5e-9, 0.5 + 0.5e-9]])
        let values = try m.singularValues()
        #expect(abs(values[0] - 1) < 1e-15)
        #expect(abs(values[1] - 1e-9) < 1e-9 * 1e-6)
    }

    @Test func emptyAndVectorShapes() throws {
        #expect(try Matrix.zeros(0, 0).singularValues() == [])
        #expect(try Matrix(exact: [[3, 4]]).singularValues() == [5])
        #expect(try Matrix(exact: [[3], [4]]).singularValues() == [5])
    }
}
