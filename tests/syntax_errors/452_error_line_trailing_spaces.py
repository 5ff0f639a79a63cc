print 'hello'   
