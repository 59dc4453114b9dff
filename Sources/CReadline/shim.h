// GNU readline and its history library, for the interactive console producer. readline.h uses
// FILE without including stdio.h itself.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
