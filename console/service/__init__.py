"""The console's core: one open station and what an officer can do with it. No Qt here."""
