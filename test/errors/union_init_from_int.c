// expect: 4:13: error: invalid initializer
// A whole union takes a union of its type or braces.
union U { int x; double d; };
union U u = 1;
