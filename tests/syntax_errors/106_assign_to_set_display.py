# cannot assign to set display
{a, b} = x
