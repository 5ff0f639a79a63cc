value = None
text = f"{value.name}"
