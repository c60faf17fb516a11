// expect: 4:32: error: enumerator value 256 is outside the range of its underlying type 'unsigned char'
// flags: -std=c2x
enum small : unsigned char { A = 255 };
enum bad : unsigned char { C = 256 };
