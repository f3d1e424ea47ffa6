import sys
print(sys.call_tracing(max, (1, 5)), sys.getswitchinterval(), sys.gettrace(), sys.getprofile())
sys.setswitchinterval(0.01); print(sys.getswitchinterval())
try: sys.setswitchinterval(0)
except ValueError as e: print(e)
try: sys.call_tracing(max, [1])
except TypeError as e: print(e)
print('sys' in sys.builtin_module_names, sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(sys.meta_path == [] or True, type(sys.path_importer_cache))
try: 1/0
except Exception as e: sys.__excepthook__(type(e), e, e.__traceback__)
sys.excepthook(ValueError, ValueError(3), None)
print('after')
try: sys.excepthook(1,2,3)
except TypeError as e: print(e)
sys.stderr = sys.stdout
sys.exit("to stdout")
