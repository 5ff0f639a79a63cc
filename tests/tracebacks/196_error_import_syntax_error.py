print("start")
import tb_badsyntax
