// expect: 4:27: error: '_Generic' specifies two compatible types
// A typedef names the same type: the second association could never be chosen.
typedef int I;
int r = _Generic(1, I: 1, int: 2);
