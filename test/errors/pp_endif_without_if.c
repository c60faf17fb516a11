// expect: 3:2: error: #endif without #if
int x;
#endif
