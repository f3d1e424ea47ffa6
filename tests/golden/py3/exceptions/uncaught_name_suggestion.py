def process(items):
    processed = []
    for item in items:
        processed.append(item * 2)
    return proccessed

print("start")
print(process([1, 2, 3]))
