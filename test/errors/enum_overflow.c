// expect: 2:37: error: overflow in enumeration values
enum Big { B1 = 0x7fffffffffffffff, B2 };
