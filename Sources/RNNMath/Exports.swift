/// Eigenvalues are `Complex<Double>` values from swift-numerics; re-exporting ComplexModule lets
/// every module that imports RNNMath name and use them without depending on swift-numerics.
@_exported import ComplexModule
