// expect: 5:29: error: constexpr initializer -1 does not fit 'const unsigned long'
// flags: -std=c2x
// C23 6.7.1: a constexpr object's initializer must be representable in its
// type; -1 converted to unsigned long would change value.
constexpr unsigned long x = -1;
