"""Build the seeds, the dev set and the examples to .trig and .nq (``--jobs 1`` and the default) and
hash each output: the byte-identity guard of ``tests/integration/test_output_hashes.py``.

When a change to the reading is *intended* to change the graphs, regenerate the checked-in hashes
(and say so in the commit message)::

    python tests/output_hashes.py            # rewrites tests/data/output-hashes.json

A corpus that is absent (``../shared`` beside the checkout) keeps its recorded hashes.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HASHES = ROOT / "tests" / "data" / "output-hashes.json"
CORPORA = {
    "examples": ROOT / "examples",
    "seeds": SHARED / "seeds",
    "dev": SHARED / "eval" / "dev" / "articles",
}
FORMATS = ("trig", "nq")  # .nq is the streaming build, .trig the in-memory one
JOBS = ("1", "default")


def build_hashes(corpus: str, folder: Path, out_dir: Path) -> dict[str, str]:
    """``bnkg build`` of ``folder`` in each format and jobs setting → {name: sha256 of the file}."""
    from bnkg.cli.main import main

    got: dict[str, str] = {}
    for fmt in FORMATS:
        for jobs in JOBS:
            name = f"{corpus}.jobs-{jobs}.{fmt}"
            out = out_dir / name
            argv = ["build", str(folder), "-o", str(out), "-q", "--no-validate"]
            if jobs != "default":
                argv += ["--jobs", jobs]
            code = main(argv)
            if code != 0:
                raise RuntimeError(f"bnkg {' '.join(argv)} exited {code}")
            got[name] = hashlib.sha256(out.read_bytes()).hexdigest()
    return got


def main() -> int:
    hashes = json.loads(HASHES.read_text(encoding="utf-8")) if HASHES.is_file() else {}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus, folder in CORPORA.items():
            if not folder.is_dir():
                print(f"{corpus}: {folder} is absent; its recorded hashes are kept", file=sys.stderr)
                continue
            hashes.update(build_hashes(corpus, folder, Path(tmp)))
    HASHES.write_text(json.dumps(dict(sorted(hashes.items())), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(hashes)} hashes to {HASHES}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
