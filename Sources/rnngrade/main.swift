import RNNGradeCLI

await RNNGrade.start()
