"""Rule tables as data, one concern a module; every row is a word or phrase as news prose writes it."""
