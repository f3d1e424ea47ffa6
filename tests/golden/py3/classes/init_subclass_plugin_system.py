class Shape:
    registry = {}
    def __init_subclass__(cls, *, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind is not None:
            if kind in Shape.registry:
                raise TypeError(f"duplicate kind {kind!r}")
            Shape.registry[kind] = cls
        cls.kind = kind
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}; known: {sorted(cls.registry)}") from None
    def __repr__(self):
        fields = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

class Circle(Shape, kind="circle"):
    def __init__(self, r): self.r = r
    def area(self): return round(3.14159 * self.r ** 2, 2)
class Rect(Shape, kind="rect"):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect, kind="square"):
    def __init__(self, s): super().__init__(s, s)
class Abstract(Shape):
    pass

print(sorted(Shape.registry), Abstract.kind, Square.kind, Rect.kind)
specs = [("circle", 1), ("rect", 2, 3), ("square", 4), ("hexagon", 1)]
for kind, *args in specs:
    try:
        s = Shape.create(kind, *args)
        print(s, s.area())
    except ValueError as e:
        print("ValueError:", e)
try:
    class Dup(Shape, kind="rect"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Shape, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.registry), [c.__name__ for c in Rect.__subclasses__()])
print(sum(Shape.create(k, 2).area() for k in ("circle", "square")))
