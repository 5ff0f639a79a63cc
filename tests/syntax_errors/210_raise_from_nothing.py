# raise ... from with missing cause
raise E from
