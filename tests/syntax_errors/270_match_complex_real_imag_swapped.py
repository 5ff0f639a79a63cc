# complex literal pattern with imaginary first
match x:
    case 1j + 1:
        pass
