/* stdbool.h: 9cc's freestanding header. */
#ifndef __9CC_STDBOOL_H
#define __9CC_STDBOOL_H

#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1

#endif
