for i in x:
    try:
        pass
    finally:
        continue
