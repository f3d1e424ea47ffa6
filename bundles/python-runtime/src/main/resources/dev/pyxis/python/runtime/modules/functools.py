"""functools for Pyxis: higher-order functions and operations on callable objects.

Written for Pyxis from the library documentation. The runtime has already put the parts
written in Java into this namespace before this source runs: reduce, and _bound_method
(a method object binding a callable to an instance).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        source = getattr(wrapped, name, {})
        for key in source:
            target[key] = source[key]
    # Set last: a __wrapped__ copied from wrapped.__dict__ must not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- partial

def _state(p):
    return p._partial__state


class partial:
    """New function with partial application of the given arguments and keywords."""

    __slots__ = ('__state', '__dict__', '__weakref__')

    def __new__(cls, func=_MISSING, /, *args, **keywords):
        if func is _MISSING:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if cls is partial and type(func) is partial:
            inner = _state(func)
            args = inner[1] + args
            merged = dict(inner[2])
            for key in keywords:
                merged[key] = keywords[key]
            keywords = merged
            func = inner[0]
        self = object.__new__(cls)
        self.__state = (func, args, keywords)
        return self

    func = property(lambda self: self.__state[0])
    args = property(lambda self: self.__state[1])
    keywords = property(lambda self: self.__state[2])

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __call__(self, /, *args, **keywords):
        func, stored, stored_keywords = self.__state
        if stored_keywords:
            merged = dict(stored_keywords)
            for key in keywords:
                merged[key] = keywords[key]
            keywords = merged
        return func(*stored, *args, **keywords)

    def __repr__(self):
        func, args, keywords = self.__state
        parts = [repr(func)]
        for arg in args:
            parts.append(repr(arg))
        for key in keywords:
            parts.append(str(key) + '=' + repr(keywords[key]))
        name = 'functools.partial' if type(self) is partial else type(self).__qualname__
        return name + '(' + ', '.join(parts) + ')'


class partialmethod:
    """A descriptor like partial, for methods: the instance is passed before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            merged = dict(func.keywords)
            for key in keywords:
                merged[key] = keywords[key]
            self.keywords = merged
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        for arg in self.args:
            parts.append(repr(arg))
        for key in self.keywords:
            parts.append(str(key) + '=' + repr(self.keywords[key]))
        return 'functools.partialmethod(' + ', '.join(parts) + ')'

    def __get__(self, instance, owner=None):
        get = getattr(self.func, '__get__', None)
        if isinstance(self.func, (staticmethod, classmethod)) or get is None:
            target = get(instance, owner) if get is not None else self.func
            return partial(target, *self.args, **self.keywords)
        if instance is None:
            method = self

            def unbound(cls_or_self, /, *args, **keywords):
                merged = dict(method.keywords)
                for key in keywords:
                    merged[key] = keywords[key]
                return method.func(cls_or_self, *method.args, *args, **merged)
            return unbound
        return partial(get(instance, owner), *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- cmp_to_key, total_ordering

class KeyWrapper:
    """A sort key calling a comparison function; created by cmp_to_key."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_MISSING):
        self.cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def __other(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self.__other(other) < 0

    def __gt__(self, other):
        return self.__other(other) > 0

    def __eq__(self, other):
        return self.__other(other) == 0

    def __le__(self, other):
        return self.__other(other) <= 0

    def __ge__(self, other):
        return self.__other(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


def _derived(root, name):
    """The comparison {name} expressed through the defined comparison {root} and ==."""
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if root == '__lt__':
            if name == '__gt__':
                return not r and self != other
            if name == '__le__':
                return r or self == other
            return not r
        if root == '__le__':
            if name == '__ge__':
                return not r or self == other
            if name == '__lt__':
                return r and self != other
            return not r
        if root == '__gt__':
            if name == '__lt__':
                return not r and self != other
            if name == '__ge__':
                return r or self == other
            return not r
        if name == '__le__':
            return not r or self == other
        if name == '__gt__':
            return r and self != other
        return not r
    method.__name__ = name
    method.__qualname__ = '_' + name.strip('_') + '_from_' + root.strip('_')
    return method


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    ops = ('__lt__', '__le__', '__gt__', '__ge__')
    roots = [op for op in ops if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for op in ops:
        if op not in roots:
            setattr(cls, op, _derived(root, op))
    return cls


# ---------------------------------------------------------------- lru_cache

class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""

    __slots__ = ()

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def _asdict(self):
        return {'hits': self[0], 'misses': self[1], 'maxsize': self[2], 'currsize': self[3]}

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_KEYWORDS_MARK = object()


class _lru_cache_wrapper:
    """A function memoizing its results, least recently used results evicted first."""

    def __init__(self, user_function, maxsize, typed):
        self.__func = user_function
        self.__maxsize = maxsize
        self.__typed = typed
        self.__cache = {}
        self.__hits = 0
        self.__misses = 0

    def __key(self, args, kwds):
        key = args
        if kwds:
            key += (_KEYWORDS_MARK,)
            for name in kwds:
                key += (name, kwds[name])
        if self.__typed:
            key += tuple([type(v) for v in args])
            if kwds:
                key += tuple([type(kwds[name]) for name in kwds])
        elif len(key) == 1 and type(key[0]) in (int, str):
            return key[0]
        return key

    def __call__(self, /, *args, **kwds):
        maxsize = self.__maxsize
        if maxsize == 0:
            self.__misses += 1
            return self.__func(*args, **kwds)
        key = self.__key(args, kwds)
        cache = self.__cache
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            self.__hits += 1
            if maxsize is not None:
                # Most recently used last: dicts keep insertion order.
                del cache[key]
                cache[key] = result
            return result
        self.__misses += 1
        result = self.__func(*args, **kwds)
        if key in cache:
            # The call itself filled this entry (recursion): keep the first result.
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _bound_method(self, instance)

    def cache_info(self):
        """Report cache statistics"""
        return CacheInfo(self.__hits, self.__misses, self.__maxsize, len(self.__cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self.__cache.clear()
        self.__hits = self.__misses = 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- cached_property

class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support item "
                                "assignment for caching %r property."
                                % (type(instance).__name__, self.attrname)) from None
        return value


# ---------------------------------------------------------------- singledispatch

def _dispatch_in(registry, cls):
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry[object]


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {object: func}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        return _dispatch_in(registry, cls)

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class.' % (cls,))
            annotations = getattr(cls, '__annotations__', None) or {}
            if not annotations:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an '
                                'annotated function.' % (cls,))
            func = cls
            argname = None
            for name in annotations:
                if name != 'return':
                    argname = name
                    break
            cls = annotations[argname]
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.' % (argname, cls))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = lambda: None
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = getattr(func, '__isabstractmethod__', False)
        _method.register = self.register
        update_wrapper(_method, func)
        return _method
