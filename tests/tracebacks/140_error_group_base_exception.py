raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
