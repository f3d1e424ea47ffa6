print("_failing_module partially executes")
PARTIAL = 1
raise ValueError("module failed during import")
