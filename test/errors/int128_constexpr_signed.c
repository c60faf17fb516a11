// expect: 4:24: error: constexpr initializer does not fit 'const __int128'
// flags: -std=c2x
// 2^127 is one more than the largest __int128.
constexpr __int128 i = (unsigned __int128)1 << 127;
