// expect: 2:1: error: two or more data types in declaration specifiers
_BitInt(8) int x;
