// expect: 6:21: error: bit-field layout is not supported
// In a packed struct an __int128 bit-field may cross its 16-byte unit,
// which 9cc's loads and stores of the field do not.
struct __attribute__((packed)) P {
  char c;
  unsigned __int128 a : 128;
};
struct P p;
