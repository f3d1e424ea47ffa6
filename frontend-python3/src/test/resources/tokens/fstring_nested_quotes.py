x = f"{'a' + 'b'}"
y = f'{"c"!s:^{w}}'
z = f"{x}" f'{y}' "plain"
