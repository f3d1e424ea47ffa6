# itertools: how far each iterator pulls from its source, argument errors, reprs.
import itertools as it

pulled = []
def source(n, tag="s"):
    for i in range(n):
        pulled.append(tag + str(i))
        yield i

def show(label, value):
    print(label, value, pulled)
    pulled.clear()

show("islice", list(it.islice(source(10), 2, 6, 2)))
s = source(10)
show("islice stop", list(it.islice(s, 3)))
show("rest", next(s))
show("takewhile", list(it.takewhile(lambda x: x < 2, source(6))))
show("dropwhile", list(it.dropwhile(lambda x: x < 3, source(5))))
show("compress", list(it.compress(source(6), [1, 0, 1])))
show("pairwise", list(it.pairwise(source(3))))
show("accumulate", list(it.accumulate(source(4), initial=100)))
c = it.chain(source(2, "a"), source(2, "b"))
show("chain first", next(c))
show("chain rest", list(c))
show("zip_longest", list(it.zip_longest(source(1, "a"), source(3, "b"), fillvalue="-")))
cy = it.cycle(source(2))
show("cycle", [next(cy) for _ in range(5)])
a, b = it.tee(source(3))
show("tee a", list(a))
show("tee b", list(b))
g = it.groupby(source(5), key=lambda x: x // 2)
k, grp = next(g)
show("group key", k)
show("group items", list(grp))
k2, grp2 = next(g)
next(g)
show("stale group", list(grp2))
show("product", list(it.product(source(2, "p"), "xy")))
sm = it.starmap(pow, [(2, 3), (3, 2)])
show("starmap", list(sm))

r = it.repeat("z", 3)
next(r)
print(repr(r), repr(it.repeat(None)), repr(it.count()), repr(it.count(2.5, 1)), repr(it.count(1, 0.5)))
cnt = it.count(10, -3)
print(next(cnt), next(cnt), repr(cnt))
print(it.count.__name__, it.count.__module__, it.chain.__name__)
print(list(it.permutations(range(3), 2)))
print(list(it.combinations("abcd", 3)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("ab", 3)), list(it.combinations_with_replacement("", 0)))
print(list(it.product(repeat=0)), list(it.product([1, 2], [])), list(it.permutations([])))
print(list(it.chain.from_iterable(["ab", [1], ()])), list(it.filterfalse(None, [0, 1, "", "x"])))

def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("count str", lambda: it.count("a"))
attempt("repeat none", lambda: it.repeat())
attempt("repeat 3", lambda: it.repeat(1, 2, 3))
attempt("islice neg", lambda: it.islice([], -1))
attempt("islice step", lambda: it.islice([], 0, 5, 0))
attempt("islice start", lambda: it.islice([], "a", 5))
attempt("islice args", lambda: it.islice([]))
attempt("islice kw", lambda: it.islice([], stop=3))
attempt("combinations r", lambda: it.combinations([1], -1))
attempt("permutations r", lambda: it.permutations([1], 1.0))
attempt("product repeat", lambda: it.product([1], repeat=-1))
attempt("product kw", lambda: it.product([1], times=2))
attempt("tee n", lambda: it.tee([], -1))
attempt("chain kw", lambda: it.chain(a=1))
attempt("chain lazy", lambda: next(it.chain(1)))
attempt("pairwise", lambda: it.pairwise())
attempt("starmap", lambda: it.starmap(len))
attempt("starmap item", lambda: next(it.starmap(len, [1])))
attempt("accumulate", lambda: it.accumulate([1], None, 3))
attempt("zip_longest kw", lambda: it.zip_longest([], x=1))
attempt("groupby", lambda: it.groupby([], 1, 2))
attempt("cycle", lambda: it.cycle([1], 2))
attempt("dropwhile", lambda: it.dropwhile(len))
it.islice("abc", None, None, -2)
