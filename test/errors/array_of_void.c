// expect: 2:6: error: declaration of 'a' as array of voids
void a[3];
