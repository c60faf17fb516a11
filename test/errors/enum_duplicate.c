// expect: 3:23: error: redeclaration of enumerator 'B'
// Before, the second B hid the first, with another value.
enum E { A, B, C = 5, B };
