# keyword used as imported name
import if
