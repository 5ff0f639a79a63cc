# emoji used as identifier
😀 = 1
