// expect: 3:34: error: #embed parameter 'limit' requires an argument in parentheses
char a[] = {
#embed "embed_limit_no_parens.c" limit 1
};
