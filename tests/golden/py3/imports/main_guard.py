import sys
def main():
    print("main() called because __name__ is", repr(__name__))
    return 0
print("module body runs first")
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(__file__.rsplit("/", 1)[-1], sys.argv[0].rsplit("/", 1)[-1], len(sys.argv))
print(__spec__ is None, __package__, __doc__)
if __name__ == "__main__":
    main()
