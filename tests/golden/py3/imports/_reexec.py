import sys
sys.modules[__name__].executions = getattr(sys.modules[__name__], "executions", 0) + 1
