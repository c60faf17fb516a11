// expect: 4:14: error: invalid initializer
// A whole struct takes a struct of its type or braces; 9cc set its first member.
struct S { int x; };
struct S s = 1;
