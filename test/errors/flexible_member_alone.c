// expect: 3:7: error: flexible array member in a struct with no named members
struct S {
  int a[];
};
