// expect: 3:26: error: constexpr __int128 objects are not supported
// flags: -std=c2x
constexpr __int128 big = 1;
