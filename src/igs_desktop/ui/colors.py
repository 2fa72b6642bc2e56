"""Status colours chosen to read on both the light and the dark palette."""

from PySide6.QtGui import QColor

ERROR = QColor("#e0393e")
WARNING = QColor("#d98200")
OK = QColor("#2e9d4f")
DEMO_BANNER = QColor("#b36b00")
