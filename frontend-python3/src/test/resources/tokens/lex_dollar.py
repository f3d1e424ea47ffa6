a $ b
c ? d
