x = None   
x.y   
