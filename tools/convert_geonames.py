#!/usr/bin/env python3
"""Builds core/src/main/resources/org/attache/data/places/places.tsv from the GeoNames exports in
../shared/data/places/geonames (CC BY 4.0): every place of cities15000.txt with its id, name,
a few Latin-script alternate names, ISO alpha-3 country, coordinates, population and feature
code, plus every country (from countryInfo.tsv) at its capital's coordinates.
Run from the repository root: python3 tools/convert_geonames.py"""
import os
import re

SRC = os.path.join("..", "shared", "data", "places", "geonames")
OUT = os.path.join("core", "src", "main", "resources", "org", "attache", "data", "places", "places.tsv")
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]{1,30}$")
MAX_ALTERNATES = 8


def main():
    iso3, capital, country_name = {}, {}, {}
    with open(os.path.join(SRC, "countryInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            iso3[c[0]] = c[1]
            country_name[c[0]] = c[4]
            capital[c[0]] = c[5]
    rows, capitals = [], {}
    with open(os.path.join(SRC, "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_name, alternates, lat, lon, fcode, cc, pop = c[0], c[1], c[2], c[3], c[4], c[5], c[7], c[8], c[14]
            if cc not in iso3:
                continue
            names = [name]
            if ascii_name != name:
                names.append(ascii_name)
            for a in alternates.split(","):
                if len(names) > MAX_ALTERNATES:
                    break
                if LATIN.match(a) and a not in names and not a.isupper():
                    names.append(a)
            rows.append((gid, "|".join(n.replace("\t", " ") for n in names), iso3[cc], lat, lon, pop, fcode))
            if fcode == "PPLC" or (name == capital.get(cc) and cc not in capitals):
                capitals[cc] = (lat, lon)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("geonames_id\tnames\tcountry\tlat\tlon\tpopulation\tfeature\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
        for cc, (lat, lon) in sorted(capitals.items()):
            out.write(f"0\t{country_name[cc]}\t{iso3[cc]}\t{lat}\t{lon}\t0\tPCLI\n")
    print(f"{len(rows)} places, {len(capitals)} countries")


if __name__ == "__main__":
    main()
