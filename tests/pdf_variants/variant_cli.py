"""The command line that make_variants.py and engine_variants.py share."""
import argparse
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_TRUTH = REPO / "samples" / "2023-budget-113-text" / "reference.jsonl"


def parse(argv, doc, whats):
    """(OUTDIR, the variant names to write, the truth file) from argv, OUTDIR made;
    None when --list printed `whats` (variant name -> one line of what it prints)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("outdir", type=Path, nargs="?")
    parser.add_argument("--only", help="comma-separated variant names")
    parser.add_argument("--truth", type=Path, default=DEFAULT_TRUTH)
    parser.add_argument("--list", action="store_true", help="list the variants and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, what in whats.items():
            print(f"{name}: {what}")
        return None
    if args.outdir is None:
        parser.error("OUTDIR is required")
    names = args.only.split(",") if args.only else list(whats)
    unknown = [n for n in names if n not in whats]
    if unknown:
        parser.error(f"unknown variant(s) {', '.join(unknown)}; known: {', '.join(whats)}")
    args.outdir.mkdir(parents=True, exist_ok=True)
    return args.outdir, names, args.truth
