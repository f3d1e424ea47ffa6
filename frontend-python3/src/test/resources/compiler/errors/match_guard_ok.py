match x:
    case y if y:
        pass
    case 1:
        pass
