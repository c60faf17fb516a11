// expect: 4:2: error: expected identifier or '(' before numeric constant
// The bytes "//" make "y = 47, 47": the second is no declarator.
int x = 0, y =
#embed "embed_in_declaration.c" limit(2)
;
