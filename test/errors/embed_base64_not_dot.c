// expect: 3:33: error: 'gnu::base64' parameter can be only used with "."
char a[] = {
#embed "embed_base64_not_dot.c" gnu::base64("SA==")
};
