import tb_errors
raise tb_errors.ModError("from module")