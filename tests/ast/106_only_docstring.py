"""only a docstring"""
