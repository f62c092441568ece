import RNNGradeCLI

RNNGrade.main()
