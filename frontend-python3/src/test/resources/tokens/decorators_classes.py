@dataclass(frozen=True)
class P:
    x: int = 0
    y: "str"
