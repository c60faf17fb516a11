// expect: 5:23: error: a _Complex __int128 constant whose parts 9cc cannot compute exactly
// 9cc evaluates complex constant expressions in long double, exact for
// integers below 2^64: a part beyond that, not a plain integer constant
// expression, is refused rather than rounded.
_Complex __int128 z = ((__int128)1 << 70) * (1 + 2i);
