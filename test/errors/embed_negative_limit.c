// expect: 3:39: error: #embed limit is negative
char a[] = {
#embed "embed_negative_limit.c" limit(-1)
};
