# from __future__ imports: the features the compiler knows, and the module the statement imports.
from __future__ import annotations, division, print_function
import __future__
def f(x: int) -> Undefined: pass
print(f.__annotations__)
print(__future__.all_feature_names)
for n in __future__.all_feature_names:
    x = getattr(__future__, n)
    print(n, x.getOptionalRelease(), x.getMandatoryRelease(), x.compiler_flag, repr(x))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, type(__future__.division).__name__)
print(__future__.__name__, sorted(k for k in dir(__future__) if k.isupper()))
