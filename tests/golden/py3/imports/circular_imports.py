import cyc.alpha
print(cyc.alpha.use_beta())
print(cyc.beta.use_alpha())
import sys
print(sorted(m for m in sys.modules if m.startswith("cyc")))
try:
    import cyc.gamma
except ImportError as e:
    print("ImportError:", e)
print("cyc.gamma" in sys.modules, "cyc.delta" in sys.modules)
