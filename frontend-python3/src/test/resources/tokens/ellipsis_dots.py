x = ...
y = a.b.c
z = x[..., 1]
from . import m
from .. import n
from ... import o
