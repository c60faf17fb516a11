// expect: 3:10: error: expected ',' or ';' at end of input
// note: the file ends right after '1' with no newline; gcc points at column 1 of the declaration, but like missing_semi_eof the diagnostic is placed just past the last token
int x = 1