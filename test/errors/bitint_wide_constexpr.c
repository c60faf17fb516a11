// expect: 3:28: error: constexpr objects of a _BitInt wider than 64 bits are not supported
// flags: -std=c2x
constexpr _BitInt(100) x = 1;
