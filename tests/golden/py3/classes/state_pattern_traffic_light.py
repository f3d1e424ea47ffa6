class State:
    name = 'abstract'
    duration = 0
    def next(self, ctx):
        raise NotImplementedError(f"{type(self).__name__}.next")
    def __repr__(self):
        return self.name

class Red(State):
    name, duration = 'RED', 3
    def next(self, ctx):
        return Green()
class Green(State):
    name, duration = 'GREEN', 2
    def next(self, ctx):
        return Yellow() if not ctx.emergency else Red()
class Yellow(State):
    name, duration = 'YELLOW', 1
    def next(self, ctx):
        return Red()
class Broken(State):
    name = 'BROKEN'

class Light:
    def __init__(self):
        self.state = Red()
        self.remaining = self.state.duration
        self.emergency = False
        self.history = []
    def tick(self):
        self.remaining -= 1
        if self.remaining <= 0:
            old = self.state
            self.state = self.state.next(self)
            self.remaining = self.state.duration
            self.history.append(f"{old}->{self.state}")
    def __str__(self):
        return f"{self.state}({self.remaining})"

light = Light()
timeline = []
for t in range(14):
    if t == 9:
        light.emergency = True
    timeline.append(str(light))
    light.tick()
print(' '.join(timeline))
print(light.history)
print(issubclass(Red, State), [c.__name__ for c in State.__subclasses__()])
light.state = Broken()
light.remaining = 1
try:
    light.tick()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(NotImplemented, type), bool(NotImplementedError), NotImplementedError.__mro__[1].__name__)
light.state = State()
light.remaining = 0
light.tick()
