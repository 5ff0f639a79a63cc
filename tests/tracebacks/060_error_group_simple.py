raise ExceptionGroup("two", [ValueError(1), TypeError(2)])
