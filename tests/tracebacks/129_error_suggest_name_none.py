print(zzzzqqqq)
