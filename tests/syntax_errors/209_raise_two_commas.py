# Python 2 raise with comma
raise E, 'message'
