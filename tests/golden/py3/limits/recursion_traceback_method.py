class Walker:
    def __init__(self):
        self.steps = 0
    def walk(self):
        self.steps += 1
        return self.step()
    def step(self):
        return self.walk()
w = Walker()
try:
    w.walk()
except RecursionError:
    print("first caught; steps > 100:", w.steps > 100)
import sys
sys.setrecursionlimit(25)
w.steps = 0
w.walk()
