// expect: 3:2: error: #error this configuration is not supported
int x;
#error this configuration is not supported
int y;
