import itertools as it
import operator
data = [1, 4, 6, 2, 8, 3, 5, 7]
print(list(it.takewhile(lambda x: x < 5, data)), list(it.dropwhile(lambda x: x < 5, data)))
print(list(it.takewhile(bool, [])), list(it.dropwhile(bool, [0, 1, 0])), list(it.takewhile(bool, [1, 1, 0, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([True, False]))), list(it.compress("ab", [])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(operator.add, zip("abc", "xyz"))))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain()), list(it.chain.from_iterable(["ab", "cd", ""])))
print(list(it.chain.from_iterable([[1, [2]], [3]])), list(it.chain.from_iterable(map(range, range(5)))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([])))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate("abc")), list(it.accumulate([5, 3, 8], lambda a, b: a - b, initial=0)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.pairwise([])), list(it.pairwise(range(5))))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest()))
print(list(it.zip_longest([1], [], [2, 3], fillvalue=0)))
print([d for d in it.accumulate(range(1, 11), operator.mul)][-1])
print(list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
list(it.starmap(pow, [1, 2]))
