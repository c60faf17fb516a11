// expect: 2:5: error: integer constant in #if is wider than intmax_t
#if 0x10000000000000000wb
#endif
