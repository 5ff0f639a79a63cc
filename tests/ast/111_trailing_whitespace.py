# trailing whitespace and comments at end
x = 1   

   
# end
   # indented end
