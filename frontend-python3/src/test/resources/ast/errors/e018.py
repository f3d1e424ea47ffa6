del a + 1
