// expect: 2:1: error: signed _BitInt must have a width of at least 2
_BitInt(1) x;
