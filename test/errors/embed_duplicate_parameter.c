// expect: 3:47: error: duplicate #embed parameter 'limit'
char a[] = {
#embed "embed_duplicate_parameter.c" limit(1) limit(2)
};
