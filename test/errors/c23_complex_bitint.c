// expect: 6:1: error: both 'complex' and '_BitInt' in declaration specifiers
// flags: -std=c2x
// C23 has no complex _BitInt types (a typedef name hides the _BitInt from
// the check for two type specifiers).
typedef _BitInt(8) B;
_Complex B x;
