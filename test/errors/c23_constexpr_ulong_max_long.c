// expect: 4:20: error: constexpr initializer 18446744073709551615 does not fit 'const long'
// flags: -std=c2x
// ULONG_MAX does not fit a long (C23 6.7.1).
constexpr long x = 18446744073709551615UL;
