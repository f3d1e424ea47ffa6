name = "w"
x = f"hello {name}!"
y = f"{x!r} {x:>{10}} {{literal}}"
z = f'{"nested"}'
w = rf"{name}\d"
