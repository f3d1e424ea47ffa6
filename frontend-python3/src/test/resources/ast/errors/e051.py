try:
    pass
except* : pass
