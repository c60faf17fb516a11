/* stdarg.h: 9cc's freestanding header.  va_list has gcc's layout, so a
   va_list made by 9cc code can be handed to glibc's vprintf. */
#ifndef __9CC_STDARG_H
#define __9CC_STDARG_H

typedef __builtin_va_list va_list;
typedef __builtin_va_list __gnuc_va_list;

#define va_start(ap, ...) __builtin_va_start(ap, 0) // C23: the second argument is optional
#define va_end(ap) __builtin_va_end(ap)
#define va_arg(ap, ty) __builtin_va_arg(ap, ty)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
#define __va_copy(dest, src) __builtin_va_copy(dest, src)

#endif
