"""Asks an ICU (the folder of its libicuuc, libicui18n and libicudata, as argv[1]) for what Qt
asks it: collation, time zone names, a legacy encoding and upper case, and prints the answers
as JSON. Run in a process of its own (tests/bundle/test_bundle.py), which has loaded no other
ICU: the dynamic loader would take an ICU already loaded, with all its data, for this one.
"""

from __future__ import annotations

import ctypes
import json
import re
import sys
from pathlib import Path

folder = Path(sys.argv[1]).resolve()
data = next(folder.glob("libicudata.so.*"))
version = data.name.rpartition(".")[2]
# libicudata first, by its path: libicuuc and libicui18n find it loaded under its soname.
libraries = [
    ctypes.CDLL(str(folder / f"lib{name}.so.{version}"), mode=ctypes.RTLD_GLOBAL)
    for name in ("icudata", "icuuc", "icui18n")
]
maps = Path("/proc/self/maps").read_text(encoding="utf-8")
loaded = sorted({Path(path).resolve() for path in re.findall(r"(/\S*libicudata\S*)", maps)})


def function(name: str, restype: type | None, *argtypes: type) -> ctypes._CFuncPtr:
    for library in libraries:
        try:
            found = getattr(library, f"{name}_{version}")
        except AttributeError:
            continue
        found.restype = restype
        found.argtypes = argtypes
        return found
    raise AttributeError(name)


def uchars(text: str) -> tuple[ctypes.Array[ctypes.c_char], int]:
    encoded = text.encode("utf-16-le")
    return ctypes.create_string_buffer(encoded, len(encoded) + 2), len(encoded) // 2


def text_of(buffer: ctypes.Array[ctypes.c_char], length: int) -> str:
    return buffer.raw[: 2 * length].decode("utf-16-le")


def checked(status: ctypes.c_int, what: str) -> None:
    if status.value > 0:  # ICU's errors are positive, its warnings negative
        raise SystemExit(f"{what}: ICU error {status.value}")


p, i32 = ctypes.c_void_p, ctypes.c_int32
status_p = ctypes.POINTER(ctypes.c_int)
ucol_open = function("ucol_open", p, ctypes.c_char_p, status_p)
ucol_strcoll = function("ucol_strcoll", ctypes.c_int, p, ctypes.c_char_p, i32, ctypes.c_char_p, i32)
ucal_open = function("ucal_open", p, ctypes.c_char_p, i32, ctypes.c_char_p, ctypes.c_int, status_p)
ucal_name = function(
    "ucal_getTimeZoneDisplayName", i32, p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, i32,
    status_p,
)  # fmt: skip
ucnv_open = function("ucnv_open", p, ctypes.c_char_p, status_p)
ucnv_to_uchars = function(
    "ucnv_toUChars", i32, p, ctypes.c_char_p, i32, ctypes.c_char_p, i32, status_p
)
to_upper = function(
    "u_strToUpper", i32, ctypes.c_char_p, i32, ctypes.c_char_p, i32, ctypes.c_char_p, status_p
)

answers: dict[str, object] = {"data": [str(path) for path in loaded]}
words = ["Zaventem", "één", "Aalst", "Ëzel", "ijs", "Ieper", "eenheid"]
for locale in ("nl_BE", "en_GB"):
    status = ctypes.c_int(0)
    collator = ucol_open(locale.encode(), ctypes.byref(status))
    checked(status, f"ucol_open {locale}")
    ordered = list(words)
    for end in range(len(ordered)):  # an insertion sort: ucol_strcoll is the only comparison
        for at in range(end, 0, -1):
            a, b = uchars(ordered[at - 1]), uchars(ordered[at])
            if ucol_strcoll(collator, a[0], a[1], b[0], b[1]) <= 0:
                break
            ordered[at - 1], ordered[at] = ordered[at], ordered[at - 1]
    answers[f"collation {locale}"] = ordered

    zone = uchars("Europe/Brussels")
    calendar = ucal_open(zone[0], zone[1], locale.encode(), 0, ctypes.byref(status))
    checked(status, f"ucal_open {locale}")
    result = ctypes.create_string_buffer(200)
    length = ucal_name(calendar, 0, locale.encode(), result, 100, ctypes.byref(status))
    checked(status, f"time zone name {locale}")  # 0: UCAL_STANDARD, the long standard name
    answers[f"time zone {locale}"] = text_of(result, length)

status = ctypes.c_int(0)
converter = ucnv_open(b"windows-1252", ctypes.byref(status))
checked(status, "ucnv_open windows-1252")
result = ctypes.create_string_buffer(200)
length = ucnv_to_uchars(converter, result, 100, b"caf\xe9 \x80 5", 8, ctypes.byref(status))
checked(status, "windows-1252")
answers["windows-1252"] = text_of(result, length)

source = uchars("ijsselmeer straße")
result = ctypes.create_string_buffer(200)
length = to_upper(result, 100, source[0], source[1], b"nl", ctypes.byref(status))
checked(status, "u_strToUpper")
answers["upper nl"] = text_of(result, length)
print(json.dumps(answers, ensure_ascii=False))
