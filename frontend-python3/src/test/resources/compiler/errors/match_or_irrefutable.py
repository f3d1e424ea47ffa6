match x:
    case (y as z) | z:
        pass
