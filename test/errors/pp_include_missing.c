// expect: 3:10: error: no_such_file_9cc.h: No such file or directory
// note: gcc calls this a 'fatal error'; 9cc reports it as an ordinary error
#include "no_such_file_9cc.h"
int x;
