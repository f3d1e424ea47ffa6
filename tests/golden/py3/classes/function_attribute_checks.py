def f(): pass
for a, v in [('__name__', 5), ('__qualname__', 5), ('__doc__', 5), ('__module__', 5), ('__defaults__', 5), ('__kwdefaults__', 5), ('__code__', 5), ('__dict__', 5), ('__annotations__', 5), ('__globals__', {}), ('__closure__', None)]:
    try: setattr(f, a, v); print('ok', a)
    except Exception as e: print(type(e).__name__, e)
    try: delattr(f, a); print('del ok', a)
    except Exception as e: print(type(e).__name__, e)
print(f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__, f.__annotations__)
