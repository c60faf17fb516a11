// expect: 3:7: error: width of 'a' exceeds its type
struct S {
  int a : 33;
};
