class A:
    def f(self):
        return super()
    def g(self):
        def h():
            return __class__
        return h
    def k(self):
        super = 1
        return super
    x = [super() for i in range(1)]
def free_super():
    return super()
class B:
    __class__ = 1
    def m(self):
        return __class__
