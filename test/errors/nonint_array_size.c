// expect: 2:5: error: size of array 'a' has non-integer type
int a[1.5];
