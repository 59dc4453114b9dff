// Filled in with the record batch decoder.
