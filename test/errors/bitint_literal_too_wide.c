// expect: 2:10: error: integer constant is too large for _BitInt(128), the widest 9cc has
long x = 0x80000000000000000000000000000000wb;
