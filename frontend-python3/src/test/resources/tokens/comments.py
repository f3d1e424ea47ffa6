# leading comment
x = 1  # trailing
    # indented comment
if x:
    # inside block
    y = 2
# at end
