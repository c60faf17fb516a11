// expect: 3:9: error: initialization of 'int' from 'nullptr_t', which converts only to a pointer or bool
// flags: -std=c2x
int x = nullptr;
