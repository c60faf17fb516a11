// expect: 3:8: error: no_such_file.bin: No such file or directory
char a[] = {
#embed "no_such_file.bin"
};
