// expect: 3:45: error: unknown #embed parameter 'frobnicate'
char a[] = {
#embed "embed_unknown_parameter.c" limit(1) frobnicate(2)
};
