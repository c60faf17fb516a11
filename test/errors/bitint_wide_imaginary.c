// expect: 2:14: error: imaginary constants wider than 64 bits are not supported
_Complex x = 0x10000000000000000wbi;
