"""The offline map of a notice's areas, drawn with QPainter for the screen and for paper alike."""
