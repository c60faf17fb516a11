// expect: 2:29: error: overflow in enumeration values
enum Max { M1 = 2147483647, M2 };
