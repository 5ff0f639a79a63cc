import tb_helper

tb_helper.nested(2)
