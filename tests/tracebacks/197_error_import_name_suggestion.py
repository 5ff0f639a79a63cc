from tb_helper import nothing_here
