café = 'coffee'
π = 3.14159
αβγ = [1, 2, 3]
ñame_ü = 'x'
def grüße(wer):
    return f"Hallo, {wer}!"
class Über:
    größe = 10
print(café, π, αβγ, ñame_ü, grüße('Welt'), Über.größe)
ﬁle = 'ligature'
print(file if 'file' in dir() else 'normalized', 'file' in dir(), 'ﬁle' in dir())
Ω = 'ohm sign'
print(Ω, 'Ω' in globals(), 'Ω' in globals())
ns = {}
exec("ℌ = 1\nxⁿ = 2", ns)
print(sorted(k for k in ns if k != '__builtins__'))
print('café'.isidentifier(), '2x'.isidentifier(), 'x-y'.isidentifier(), '_'.isidentifier(), 'ℌ'.isidentifier())
for src in ["€ = 1", "a☃ = 2", "x‿y = 3"]:
    try:
        exec(src, {})
        print(src, "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
print(getattr(Über, 'größe'), Über.__name__, grüße.__name__, len('größe'))
λ = lambda x: x * 2
print(λ(21), (lambda: 0).__name__)
