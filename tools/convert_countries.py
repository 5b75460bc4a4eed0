#!/usr/bin/env python3
"""Builds core/src/main/resources/org/attache/data/countries/countries.tsv from the public
country tables in ../shared/data/places/demonyms (mledoze countries, ODbL; Mordecai
nationalities, MIT). Run from the repository root: python3 tools/convert_countries.py"""
import csv
import os

SRC = os.path.join("..", "shared", "data", "places", "demonyms")
OUT = os.path.join("core", "src", "main", "resources", "org", "attache", "data", "countries", "countries.tsv")

# Everyday names the tables lack, added by hand (facts).
EXTRA_NAMES = {"USA": ["America", "U.S.", "U.S.A.", "the US", "Washington"], "GBR": ["Britain", "U.K.", "London"],
               "RUS": ["Russian Federation", "Kremlin", "Moscow"], "IRN": ["Tehran", "Islamic Republic"],
               "CHN": ["Beijing", "PRC"], "PRK": ["North Korea", "Pyongyang", "DPRK"], "KOR": ["South Korea", "Seoul"],
               "SYR": ["Damascus"], "ISR": ["Tel Aviv", "Jerusalem"], "UKR": ["Kyiv", "Kiev"], "TUR": ["Turkiye", "Türkiye", "Ankara"]}
EXTRA_ADJ = {"USA": ["U.S.", "US"], "GBR": ["UK"], "KOR": ["South Korean"], "PRK": ["North Korean"]}

def main():
    names, adjs, caps = {}, {}, {}
    with open(os.path.join(SRC, "countries-mledoze.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso = row["cca3"]
            n = [row["name.common"], row["name.official"]]
            n += [a for a in row["altSpellings"].split(",") if len(a) > 3 and a.strip() != iso and not a.strip().endswith(" of")]
            names[iso] = n
            adjs[iso] = [row["demonyms.eng.m"], row["demonyms.eng.f"]]
            caps[iso] = [c for c in row["capital"].split(",") if c]
    with open(os.path.join(SRC, "nationalities-mordecai.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            adjs.setdefault(row["alpha_3_code"], []).append(row["nationality"])
    for iso, extra in EXTRA_NAMES.items():
        names.setdefault(iso, []).extend(extra)
    for iso, extra in EXTRA_ADJ.items():
        adjs.setdefault(iso, []).extend(extra)
    def clean(values):
        seen = []
        for v in values:
            v = v.strip()
            if v and "|" not in v and "\t" not in v and v not in seen:
                seen.append(v)
        return "|".join(seen)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("iso3\tnames\tadjectives\tcapitals\n")
        for iso in sorted(names):
            out.write(f"{iso}\t{clean(names[iso])}\t{clean(adjs.get(iso, []))}\t{clean(caps.get(iso, []))}\n")

if __name__ == "__main__":
    main()
