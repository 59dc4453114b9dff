// Entry point for bin/regenerate (compiled together with ../Generator/*.swift).
