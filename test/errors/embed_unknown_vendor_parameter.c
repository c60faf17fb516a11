// expect: 3:43: error: unknown #embed parameter 'gnu::frobnicate'
char a[] = {
#embed "embed_unknown_vendor_parameter.c" gnu::frobnicate(2) gnu::offset(1)
};
