// expect: 2:10: error: invalid underlying type '_BitInt(8)' of an enumeration
enum E : _BitInt(8) { A };
