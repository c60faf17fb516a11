// expect: 3:7: error: negative width in bit-field 'a'
struct S {
  int a : -1;
};
