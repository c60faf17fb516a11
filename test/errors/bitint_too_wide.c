// expect: 2:9: error: _BitInt wider than 64 bits is not supported
_BitInt(65) x;
