// expect: 4:27: error: constexpr initializer does not fit 'const _BitInt(70)'
// flags: -std=c2x
// 2^69 is one more than the largest _BitInt(70) (C23 6.7.1).
constexpr _BitInt(70) y = (_BitInt(71))1 << 69;
