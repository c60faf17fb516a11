// expect: 2:1: error: _Complex __int128 is not supported
_Complex __int128 z;
