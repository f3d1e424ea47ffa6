public_name = 'public'
_private_name = 'private'
import sys as _sys_alias
import math
def fn():
    return 'fn'
