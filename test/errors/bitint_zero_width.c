// expect: 2:18: error: _BitInt must have a width of at least 1
unsigned _BitInt(0) x;
