// expect: 3:50: error: duplicate #embed parameter 'clang::offset'
char a[] = {
#embed "embed_duplicate_offset.c" gnu::offset(1) clang::offset(2)
};
