# unmatched '}'
}
