ﬁle = 1
