// expect: 2:10: error: _BitInt wider than 64 bits is not supported
long x = 0xffffffffffffffffwb;
