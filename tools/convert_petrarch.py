#!/usr/bin/env python3
"""Converts the PETRARCH/Phoenix dictionaries in ../shared/data/petrarch into the project's
resources (core/src/main/resources/org/attache/data/petrarch/), dropping the few lines that the
project's strict readers reject and listing them in DROPPED.txt. Run from the repository root:
python3 tools/convert_petrarch.py"""
import os
import re

SRC = os.path.join("..", "shared", "data", "petrarch")
OUT = os.path.join("core", "src", "main", "resources", "org", "attache", "data", "petrarch")

FILES = [
    ("dictionaries/CAMEO.2.0.txt", "verbs.txt", "verbs"),
    ("dictionaries/Phoenix.Countries.actors.txt", "actors-countries.txt", "actors"),
    ("dictionaries/Phoenix.International.actors.txt", "actors-international.txt", "actors"),
    ("dictionaries/Phoenix.MilNonState.actors.txt", "actors-nonstate.txt", "actors"),
    ("dictionaries/Phoenix.agents.txt", "agents.txt", "agents"),
    ("dictionaries/Phoenix.discards.txt", "discards.txt", "discards"),
    ("universal-validate/PETR_Validate_Internal_Coding_Ontology_1_01.txt", "ontology.txt", "ontology"),
]

RESTRICTION = re.compile(r"^\s*([^\s<>]+)\s*(?:(<|>)\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?\s*$")
AGENT_CODE = re.compile(r"\[\s*(~\s*[A-Z0-9]+|[A-Z0-9]+\s*~)\s*\]")


def strip_comment(line):
    depth = 0
    for i, c in enumerate(line):
        if c == "[":
            depth += 1
        elif c == "]":
            depth = max(0, depth - 1)
        elif c == "#" and depth == 0:
            return line[:i]
    return line


def bad(kind, raw, state):
    line = strip_comment(raw)
    body = line.strip()
    if kind == "actors":
        if line[:1].isspace() and body.startswith("["):
            inner = body[1:body.find("]")] if "]" in body else None
            return inner is None or not RESTRICTION.match(inner)
    elif kind == "agents":
        if body and not body.startswith("!") and not body.startswith("<!--"):
            return not AGENT_CODE.search(body)
    elif kind == "verbs":
        if body.startswith("&"):
            state["synset"] = True
        elif not raw.strip():
            state["synset"] = False
        if body.startswith("---"):
            state["synset"] = False
        elif body.startswith("-") and "[" not in body:
            return True
        elif body and not state["synset"] and not body[0] in "-+&~*":
            verb = re.sub(r"\[.*$", "", body)
            verb = re.sub(r"\{.*$", "", verb).strip()
            return not verb or " " in verb
    return False


def main():
    os.makedirs(OUT, exist_ok=True)
    dropped = []
    for src, dst, kind in FILES:
        state = {"synset": False}
        with open(os.path.join(SRC, src), encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        kept = []
        for n, raw in enumerate(lines, 1):
            if bad(kind, raw, state):
                dropped.append(f"{src}:{n}: {raw.strip()}")
            else:
                kept.append(raw)
        with open(os.path.join(OUT, dst), "w", encoding="utf-8") as f:
            f.write("\n".join(kept))
    with open(os.path.join(OUT, "DROPPED.txt"), "w", encoding="utf-8") as f:
        f.write("# Lines of the source dictionaries that the strict readers reject, left out here.\n")
        f.write("\n".join(dropped) + "\n")
    print(f"{len(dropped)} lines dropped")


if __name__ == "__main__":
    main()
