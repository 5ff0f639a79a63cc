print(
    "ö"
)
