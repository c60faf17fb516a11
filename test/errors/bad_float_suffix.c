// expect: 2:12: error: invalid suffix "xy" on floating constant
double d = 1.5xy;
