// expect: 4:33: error: constexpr initializer does not fit 'const __int128 unsigned'
// flags: -std=c2x
// A constexpr object's initializer must keep its value (C23): -1 does not.
constexpr unsigned __int128 u = -1;
