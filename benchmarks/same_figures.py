"""Check that a change to the figures extractor left its output identical, in-process and on many inputs.

    python benchmarks/same_figures.py                          # against main: corpora, fixtures, 20,000 random texts
    python benchmarks/same_figures.py --against HEAD~3 --random 100000 --seed 5
    python benchmarks/same_figures.py --extra /tmp/perturbed/docs

The figures of every input are compared with those of the package as it is at ``--against`` (a git
revision, unpacked into a temporary folder and imported under another name): the dev corpora and
fixtures/, folders given with ``--extra``, and random texts built from pieces that reach the corners
of the extractor (separators, signs, scales, number words in any case, currency signs, units, dates,
labels, links, odd white space and letters whose lower case differs in length), as whole texts and
inserted into corpus paragraphs. The first differences are printed with the text that shows them.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import itertools
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from newsparse.decode import decode_bytes
from newsparse.extract.figures import extract_figures
from newsparse.zones import zone

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"

PIECES = [
    # digits, separators, fractions, signs, glued units and scales
    "1", "7", "12", "30", "130", "500", "1,500", "1,674.5", "1.500", "2,5", "1.234.567,89", "40 000", "40\u00a0000",
    "40\u202f000", "1 234 567", "2.5", ".75", "0.1", "7-3/8", "1/3", "9/11", "½", "3 ½", "¾", "-10", "−5", "+3",
    "-10C", "2.48×10−5", "3e-5", "x10^3", "30-40", "6-3", "40 -50", "555-1234", "(202) 555-0100", "202.555.0100",
    "+44 20 7946 0958", "1987", "2020", "1981-1989", "4.2m", "$3bn", "10k", "10K", "221B", "1.2B", "5T", "7.62mm",
    "350p", "5pc", "100kg", "4km^3", "12km²", "98.6°F", "100€", "673679711437004805", "1234567890123456789012345",
    "0", "00", "12:30", "11: 06", "v2.0", "'16", "COVID-19", "F-35", "62%-32%", "#2", "3rd", "1.", "(2)", "[3]",
    "5 ± 0.5", "12,000,000", "3,5 %", "2,5 Millionen", "1.500 Euro",
    # number words
    "one", "One", "ONE", "two", "three", "ten", "eleven", "twelve", "twenty", "twenty-five", "twenty five",
    "thirty", "ninety-nine", "hundred", "a hundred", "two hundred", "thousand", "a thousand", "million", "a million",
    "two million", "half", "a half", "half a million", "a half a million", "two and a half", "three quarters",
    "three-quarters", "a third", "a quarter", "an eighth", "one - fourth", "twenty-first", "a second", "dozen",
    "a dozen", "dozens", "two dozen", "zero", "point five", "two hundred point seventy-one", "one hundred and three",
    "thirteen", "fifteen", "lakh", "35 lakh", "2 crore", "first", "second", "third term", "a year and a half",
    "half-marathon", "quarter-final", "someone", "often", "between", "nineteen", "seventy", "eight", "eighty",
    "Twenty", "TWENTY-FIVE", "Half", "A dozen",
    # currency before and after
    "$", "$ ", "US$", "U.S.$", "HK$", "C$", "c $", "us $", "€", "£", "¥", "₹", "Rs.", "Rs ", "EUR ", "USD ", "LLC $",
    " dollars", " dlrs", " H.K. dlrs", " euros", " yuan", " yen", " pounds", " pounds sterling", " stg", " cts",
    " cents", " pence", " won", " USD", " francs", " marks",
    # units and what is counted
    " million", " billion", " mln", " bln", " bn", " trillion", " thousand", " k", "-billion-dlr", " pct",
    " per cent", " percent", "%", " percentage points", " pct points", " km", " miles", " kg", " tonnes",
    " litres", " barrels per day", " bpd", " barrels of oil a day", " km/h", " mph", " miles an hour", " acres",
    " hectares", " degrees Celsius", " degrees F", " °C", " C", " F", " F.", " m", " in", " in thick", " ft", "\"",
    " years", " years old", " years of age", " year", " months", " weeks", " days", " hours", " minutes", " decades",
    " troops", " Canadian troops", " people", " personnel", " men and women", " children", " likely voters",
    " of the ", " of his rivals", " of them", " were killed", "-year-old", "-minute", "-time", "-way", "-Eleven",
    "-olds", " - year - old", " cubic feet", " square miles", " sq. km", " tall", " sprint",
    # dates, times, labels, names, addresses
    "January ", "Jan. ", "Sept, ", " January", " of January", "May ", "MARCH ", " and ", "June 9 and 15",
    "3 p.m.", " a.m.", " pm", " GMT", " ET", " o'clock", " local time", " Pennsylvania Avenue", " Downing St.",
    "Article ", "No. ", "no. ", "page ", "H.R. ", "Fox ", "Boeing ", "Week ", "Chapter ", "iPhone ", "The ",
    "Net ", "Clinton's ", "About ", "By ", " Marco Rubio", "the 1990s",
    # qualifiers, joiners, comparisons, ages
    "about ", "around ", "more than ", "up to ", "nearly ", "some ", "at least ", "an estimated ", "minus ",
    "negative ", "plus or minus ", "between ", "aged ", "age ", "at the age of ", "died at ", "those over ",
    "voters under ", " and older", " to ", " or ", " and ", "-", "–", " out of the ", " out of ", " of ",
    " from ", " versus ", " vs. ", " compared with ", " against ",
    # links, tags, addresses, markup
    "http://x.com/2020/01 ", "https://t.co/a1b2 ", "www.site9.com ", "<a href=\"5\">", "</a>", "<tweet id=\"7536\">",
    "jane2@x.org", "@user12", "**", "# ", "* ", "> ",
    # white space, punctuation, quotation marks
    " ", " ", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\n\n", "\r\n", "\xa0", "\u2009", "\u3000", "\x85", ". ",
    ", ", "; ", ": ", "! ", "? ", "(", ")", "[", "]", "“", "”", "\"", "'", "‘", "’", "—", "–", "/", "…",
    # letters the lower case or case folding treats apart
    "İ", "ı", "ſ", "\u212a", "é", "\u0301", "ß", "Ǆ",
    # words
    "said", "the", "rose", "fell", "to", "in", "a", "an", "It costs", "Output rose", "fined", "weighs", "cost",
]


def load_reference(revision: str, folder: Path) -> Callable[[object], list]:
    """extract_figures of the package at ``revision``, imported as ``newsparse_ref``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "newsparse"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    (folder / "newsparse").rename(folder / "newsparse_ref")
    sys.path.insert(0, str(folder))
    return importlib.import_module("newsparse_ref.extract.figures").extract_figures


def random_text(rng: random.Random) -> str:
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60)))
    if rng.random() < 0.1:
        text = text.upper()
    elif rng.random() < 0.1:
        text = text.lower()
    return ("Headline\n\n" if rng.random() < 0.8 else "") + text + ("\n" if rng.random() < 0.8 else "")


def mutated(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(PIECES) + text[at:]
    return text


def corpus_texts(folders: list[Path]) -> Iterator[tuple[str, str]]:
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.is_file()):
            yield str(path), decode_bytes(path.read_bytes())[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--random", type=int, default=20_000, help="random texts, and as many mutated ones")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--extra", type=Path, action="append", default=[], help="more folders of articles")
    parser.add_argument("--show", type=int, default=5, help="differences to print")
    args = parser.parse_args()
    folders = [*(p / "docs" for p in sorted(CORPORA.iterdir()) if (p / "docs").is_dir()), ROOT / "fixtures",
               *args.extra]
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        reference = load_reference(args.against, Path(tmp))
        texts = list(corpus_texts(folders))
        originals = [t for _, t in texts]
        inputs = itertools.chain(
            texts,
            ((f"random #{i}", random_text(rng)) for i in range(args.random)),
            ((f"mutated #{i}", mutated(rng.choice(originals), rng)) for i in range(args.random if originals else 0)),
        )
        compared = differences = 0
        for name, text in inputs:
            compared += 1
            doc = zone(text)
            try:
                expected = [dataclasses.astuple(f) for f in reference(doc)]
            except Exception as error:  # the new code must fail the same way
                expected = [("raises", type(error).__name__)]
            try:
                got = [dataclasses.astuple(f) for f in extract_figures(doc)]
            except Exception as error:
                got = [("raises", type(error).__name__)]
            if got != expected:
                differences += 1
                if differences <= args.show:
                    extra = [f for f in got if f not in expected]
                    missing = [f for f in expected if f not in got]
                    print(f"DIFFERENT {name}\n  text    {text[:2000]!r}\n  missing {missing}\n  extra   {extra}")
    print(f"{compared} texts compared, {differences} different")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
