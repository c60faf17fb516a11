// expect: 4:12: error: field 'self' has incomplete type
struct S {
  int a;
  struct S self;
};
