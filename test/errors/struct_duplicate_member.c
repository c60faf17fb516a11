// expect: 5:16: error: duplicate member 'a'
// An anonymous struct's members are named as the outer struct's.
struct S {
  int a;
  struct { int a; };
};
