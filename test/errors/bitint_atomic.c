// expect: 2:1: error: _Atomic _BitInt is not supported
_Atomic _BitInt(33) x;
