// expect: 5:16: error: conversion to non-scalar type requested
// note: gcc points at the last token of the type name (column 24); the diagnostic is placed at the cast's '('
struct S { int a; };
int main(void) {
  struct S s = (struct S)1;
  return s.a;
}
