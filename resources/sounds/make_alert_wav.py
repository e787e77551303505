"""Synthesise alert.wav: a two-tone chime (E6 then C6, bell-like decay), 0.5 s, 22.05 kHz mono 16-bit.

    python3 resources/sounds/make_alert_wav.py

Written for Watchdesk and dedicated to the public domain; the output is byte-for-byte
the same on every run, so the committed file can be checked against it.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
LENGTH_S = 0.5
PEAK = 0.7  # of full scale: loud enough to hear across a room, no clipping
FADE_S = 0.01  # to silence at the end, so the last sample does not click


def tone(frequency: float, start: float, length: float) -> list[float]:
    """A struck tone with its first overtone: 5 ms attack, exponential decay."""
    samples = []
    for index in range(int(LENGTH_S * RATE)):
        t = index / RATE - start
        if t < 0 or t > length:
            samples.append(0.0)
            continue
        envelope = min(1.0, t / 0.005) * math.exp(-t * 7.0)
        samples.append(envelope * (math.sin(2 * math.pi * frequency * t) + 0.3 * math.sin(4 * math.pi * frequency * t)))
    return samples


def chime() -> bytes:
    mixed = [a + b for a, b in zip(tone(1318.5, 0.0, 0.25), tone(1046.5, 0.2, 0.3))]
    scale = PEAK / max(abs(s) for s in mixed)
    fade = int(FADE_S * RATE)
    frames = bytearray()
    for index, sample in enumerate(mixed):
        gain = scale * min(1.0, (len(mixed) - index) / fade)
        frames += struct.pack("<h", int(sample * gain * 32767))
    return bytes(frames)


def main() -> None:
    with wave.open(str(Path(__file__).with_name("alert.wav")), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(chime())


if __name__ == "__main__":
    main()
