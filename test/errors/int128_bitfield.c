// expect: 3:21: error: __int128 bit-fields are not supported
struct S {
  unsigned __int128 a : 70;
  int b;
};
