counter = 0
config = {'debug': False}

def increment():
    global counter
    counter += 1
    return counter

def set_debug():
    config['debug'] = True      # mutation needs no global

def create_new():
    global brand_new
    brand_new = 'created'

print(increment(), increment(), counter)
set_debug(); print(config)
create_new(); print(brand_new)

def local_shadow():
    counter = 100
    return counter
print(local_shadow(), counter)

def nested():
    def inner():
        global counter
        counter = -1
    counter = 'local'
    inner()
    return counter
print(nested(), counter)

class C:
    global class_made
    class_made = 'from class body'
    attr = counter
print(class_made, C.attr)

exec("global counter\ncounter = 42")
print(counter)
ns = {}
exec("def f():\n    global g\n    g = 7\nf()", ns)
print(ns['g'], 'g' in globals())

def reader():
    return undefined_global_later
undefined_global_later = 'now defined'
print(reader())

def uses_before():
    print(counter)
    global_val = 1
    return global_val
print(uses_before())
def comp():
    global total
    total = sum(x for x in range(5))
comp(); print(total)
def unbound():
    print(counter)
    counter = 5
unbound()
