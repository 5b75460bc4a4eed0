#!/usr/bin/env python3
"""Builds core/src/main/resources/org/attache/data/cameo/cameo.tsv from the shared CAMEO table
../shared/data/cameo/cameo_event_codes_goldstein_plover.csv (labels from text_to_CAMEO, MIT;
GDELT and Parus/Phoenix Goldstein scores; PLOVER events from CAMEO2PLOVER-2021, CC BY-SA 4.0).
Run from the repository root: python3 tools/convert_cameo.py

Rules (see the resource folder's README.md):
  goldstein  = GDELT's score; else the Parus/Phoenix score; else the nearest ancestor's score.
  quad_class = GDELT's QuadClass.
  plover     = the PLOVER event, empty when the table gives none.
  label      = the CAMEO label with the spelling fixes in LABEL_FIXES.
Prints every filled-in score and fixed label, and fails on anything it does not expect."""
import csv
import os
import re
import sys

SRC = os.path.join("..", "shared", "data", "cameo", "cameo_event_codes_goldstein_plover.csv")
OUT = os.path.join("core", "src", "main", "resources", "org", "attache", "data", "cameo", "cameo.tsv")
HEADER = ["code", "label", "goldstein", "quad_class", "plover"]

# Misspellings in the source labels, fixed by hand (code -> (wrong, right)).
LABEL_FIXES = {
    "018": ("commment", "comment"),
    "055": ("Apolgize", "Apologize"),
    "1051": ("adminstrative", "administrative"),
    "1444": ("Ostruct", "Obstruct"),
}


def fail(message):
    sys.exit("convert_cameo: " + message)


def ancestors(code):
    """The code's ancestors, nearest first: 0874 -> 087, 08; 087 -> 08."""
    return [code[:n] for n in range(len(code) - 1, 1, -1)]


def goldstein(row, resolved):
    code = row["cameo_code"]
    for column in ("goldstein_gdelt", "goldstein_parus_phoenix"):
        if row[column].strip():
            if column != "goldstein_gdelt":
                print(f"{code}: no GDELT score, using Parus/Phoenix {row[column]}", file=sys.stderr)
            return float(row[column])
    for parent in ancestors(code):
        if parent in resolved:
            print(f"{code}: no score in either column, using {parent}'s {resolved[parent]}", file=sys.stderr)
            return resolved[parent]
    fail(f"{code}: no Goldstein score and no ancestor to take one from")


def label(row):
    code, text = row["cameo_code"], row["label"].strip()
    if code in LABEL_FIXES:
        wrong, right = LABEL_FIXES[code]
        if wrong not in text:
            fail(f"{code}: expected '{wrong}' in the label, found '{text}'")
        text = text.replace(wrong, right)
        print(f"{code}: label fixed to '{text}'", file=sys.stderr)
    if not text or "\t" in text or "\n" in text:
        fail(f"{code}: expected a one-line label, found {text!r}")
    return text


def check(row):
    code = row["cameo_code"].strip()
    if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
        fail(f"expected a CAMEO code of 2 to 4 digits under roots 01..20, found '{code}'")
    if row["quadclass_gdelt"].strip() not in ("1", "2", "3", "4"):
        fail(f"{code}: expected quad class 1..4, found '{row['quadclass_gdelt']}'")
    if not re.fullmatch(r"[A-Z]*", row["plover_event"].strip()):
        fail(f"{code}: expected an upper-case PLOVER event or nothing, found '{row['plover_event']}'")


def main():
    with open(SRC, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        check(row)
    rows.sort(key=lambda r: r["cameo_code"])  # string order puts each code right after its parent
    resolved, out = {}, []
    for row in rows:
        code = row["cameo_code"].strip()
        if code in resolved:
            fail(f"{code}: listed twice")
        resolved[code] = goldstein(row, resolved)
        out.append([code, label(row), f"{resolved[code]:.1f}", row["quadclass_gdelt"].strip(),
                    row["plover_event"].strip()])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for fields in out:
            f.write("\t".join(fields) + "\n")
    print(f"wrote {len(out)} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
