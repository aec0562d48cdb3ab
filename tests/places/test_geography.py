"""Every way of saying where you are, resolved against the real ONSPD data and gazetteer."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.places.geography import Gazetteer
from bot.places.postcode_index import PostcodeIndex, import_onspd_csv

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer()


@pytest.mark.parametrize("text", ["LS6 2AB", "ls62ab", "Ls6  2aB", "my postcode is LS6 2AB thanks"])
def test_full_postcode_any_case_with_or_without_space(gaz, text: str) -> None:
    loc = gaz.resolve(text)
    assert (loc.kind, loc.la_code, loc.la_name, loc.label) == ("postcode", "E08000035", "Leeds", "LS6 2AB")
    assert loc.point is not None


def test_post_2023_unitary_from_postcode(gaz) -> None:
    loc = gaz.resolve("LA9 4DL")  # Kendal
    assert loc.la_code == "E06000064" and loc.la_name == "Westmorland and Furness"


def test_district_gives_centroid_and_majority_authority(gaz) -> None:
    loc = gaz.resolve("S1")
    assert (loc.kind, loc.la_code, loc.split_la_codes) == ("district", "E08000039", ())
    assert loc.point is not None


def test_district_split_between_authorities_is_flagged(gaz) -> None:
    loc = gaz.resolve("OX1")
    assert loc.kind == "district"
    assert set(loc.split_la_codes) >= {"E07000178", "E07000180"}


@pytest.mark.parametrize(
    "text,code",
    [
        ("we're in Kendal", "E06000064"),
        ("Hull", "E06000010"),
        ("Scarborough", "E06000065"),
        ("our group is in milton keynes", "E06000042"),
        ("Yeovil", "E06000066"),
        ("harrogate", "E06000065"),
    ],
)
def test_towns_map_to_current_authority(gaz, text: str, code: str) -> None:
    loc = gaz.resolve(text)
    assert loc.kind in ("place", "authority") and loc.la_code == code


def test_local_authority_name(gaz) -> None:
    loc = gaz.resolve("Kirklees")
    assert (loc.kind, loc.la_code) == ("authority", "E08000034")


@pytest.mark.parametrize(
    "text,nation",
    [
        ("CF10 1AA", "wales"),
        ("Cardiff", "wales"),
        ("EH1 1YZ", "scotland"),
        ("glasgow", "scotland"),
        ("BT1 1AA", "northern_ireland"),
        ("we're in Belfast", "northern_ireland"),
    ],
)
def test_outside_england_gives_the_nation(gaz, text: str, nation: str) -> None:
    loc = gaz.resolve(text)
    assert (loc.kind, loc.nation) == ("outside_england", nation)


@pytest.mark.parametrize("text", ["blah blah", "", "the moon", "12345"])
def test_nonsense_is_unknown_not_an_error(gaz, text: str) -> None:
    assert gaz.resolve(text).kind == "unknown"


def test_every_gazetteer_place_has_a_known_authority() -> None:
    codes = {r["code"] for r in csv.DictReader((KNOWLEDGE / "local_authorities.csv").open())}
    places = list(csv.DictReader((KNOWLEDGE / "places.csv").open()))
    assert len(places) >= 450
    assert all(p["la_code"] in codes for p in places)


def test_every_authority_in_the_postcode_data_has_a_name(gaz) -> None:
    english = {c for c in gaz.index.la_codes if c.startswith("E")}
    assert english <= set(gaz.authorities)


def test_onspd_import_keeps_live_english_postcodes_only(tmp_path: Path) -> None:
    csv_path = tmp_path / "ONSPD_TEST.csv"
    csv_path.write_text(
        "pcd,pcd2,pcds,dointr,doterm,oseast1m,osnrth1m,lad25cd,ctry\n"
        "LS6 2AB,LS6  2AB,LS6 2AB,199001,,428000,436000,E08000035,E92000001\n"
        "LS6 9ZZ,LS6  9ZZ,LS6 9ZZ,199001,201001,428100,436100,E08000035,E92000001\n"
        "CF101AA,CF10 1AA,CF10 1AA,199001,,318000,176000,W06000015,W92000004\n"
        "S1 2HE,S1  2HE,S1 2HE,199001,,435000,387000,E08000039,E92000001\n"
    )
    kept, skipped = import_onspd_csv(csv_path, tmp_path / "index", progress=False)
    assert (kept, skipped) == (2, 2)
    index = PostcodeIndex(tmp_path / "index")
    assert index.postcode("ls62ab").la_code == "E08000035"
    assert index.postcode("LS6 9ZZ") is None  # terminated
    assert index.postcode("CF10 1AA") is None  # not England


def test_onspd_import_rejects_a_file_without_postcode_columns(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,colour\nfoo,blue\n")
    with pytest.raises(ValueError, match="no column matching"):
        import_onspd_csv(bad, tmp_path / "index", progress=False)
