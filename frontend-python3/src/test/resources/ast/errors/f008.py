a = b = 
