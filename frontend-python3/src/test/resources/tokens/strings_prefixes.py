a = r"raw\d" + R"x" + u"u" + U"u"
b = b"b" + B"b" + br"x" + rb"x" + Br"x" + bR"x" + RB"x" + rB"x"
c = f"f" + F"f" + fr"x" + rf"x" + Fr"x" + fR"x" + RF"x" + rF"x"
