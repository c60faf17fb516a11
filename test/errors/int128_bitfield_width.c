// expect: 5:21: error: __int128 bit-fields of 65 to 127 bits are not supported
// gcc computes with such a field in a 70-bit type, which 9cc does not
// have (its widths stop at 64 bits, then 128).
struct S {
  unsigned __int128 a : 70;
  int b;
};
