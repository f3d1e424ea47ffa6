def f[T](): pass
