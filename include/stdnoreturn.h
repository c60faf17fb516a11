/* stdnoreturn.h: 9cc's freestanding header. */
#ifndef __9CC_STDNORETURN_H
#define __9CC_STDNORETURN_H

#define noreturn _Noreturn

#endif
