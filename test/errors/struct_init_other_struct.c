// expect: 5:35: error: invalid initializer
// Before, 9cc copied the struct S into the struct T, whatever their sizes.
struct S { int x; };
struct T { long a, b; };
void f(struct S s) { struct T t = s; (void)t; }
