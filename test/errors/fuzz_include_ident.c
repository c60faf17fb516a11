// expect: 2:10: error: #include expects "FILENAME" or <FILENAME>
#include s
