import tb_errors
raise tb_errors.Outer.Inner("nested class")