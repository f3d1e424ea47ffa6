a = 1
b = 2
c = u"x
