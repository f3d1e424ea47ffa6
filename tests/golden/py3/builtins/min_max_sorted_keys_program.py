people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9), ("di", 19, 5.5), ("ed", 25, 5.2)]
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max(people, key=lambda p: (p[1], -p[2])), min(people, key=lambda p: p[2]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True)[:3])
by_age = sorted(people, key=lambda p: p[0], reverse=True)
by_age.sort(key=lambda p: p[1])
print([p[0] for p in by_age])
print(max([], default='empty'), min([], key=len, default=None), max("apple", "fig", "banana", key=len))
print(min(3, 1, 2), max("abc"), max([1, 5], [1, 4, 9]), min((2, 'b'), (2, 'a')), max(True, 2, 1.5))
for bad in [lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, 'a']),
            lambda: sorted([1, None]), lambda: max(key=len)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
words = "Banana apple Cherry date Elderberry fig".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda x: (x % 3, x)))
class Card:
    order = "23456789TJQKA"
    def __init__(self, s): self.rank, self.suit = s[0], s[1]
    def __repr__(self): return self.rank + self.suit
hand = [Card(c) for c in "KS 2H TD AS 9C TH".split()]
print(sorted(hand, key=lambda c: (Card.order.index(c.rank), c.suit)), max(hand, key=lambda c: Card.order.index(c.rank)))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst) is lst, sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted("cab"))
