// expect: 3:34: error: conversion of scalar 'int' to vector '__vector(4) short' involves truncation
typedef short v4hi __attribute__((vector_size(8)));
v4hi f(v4hi a, int i) { return a + i; }
