// expect: 2:2: error: #elif without #if
#elif 1
int x;
