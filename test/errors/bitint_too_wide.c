// expect: 2:9: error: _BitInt wider than 128 bits is not supported (BITINT_MAXWIDTH is 128)
_BitInt(129) x;
