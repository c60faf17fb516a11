// expect: 4:20: error: constexpr initializer does not fit 'const long'
// flags: -std=c2x
// An __int128 value beyond 64 bits does not fit a long.
constexpr long l = (__int128)1 << 64;
