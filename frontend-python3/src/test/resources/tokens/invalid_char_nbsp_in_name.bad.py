ab  = 1
