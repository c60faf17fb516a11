// expect: 3:9: error: initializer element is not constant
int x = 1;
int y = x;
