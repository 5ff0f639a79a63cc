"abc".completely_different_name
