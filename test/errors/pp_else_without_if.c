// expect: 3:2: error: #else without #if
int x;
#else
int y;
