"""Make the corpus of bad inputs that tests/test_bad_inputs.py feeds to every command.

Run it from anywhere: ``python tests/data/bad/make_corpus.py``. Every cell that holds a
value holds a marker (``ZZMARK`` and digits): the tests fail if a marker ever appears
in a message. Files too big to commit (a 50 MB field) are made by the tests.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as pa_ipc
import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
M = "ZZMARK"  # every value below carries it


def rows(n: int, start: int = 0) -> str:
    return "".join(f"{M}{i:04d},{M}{i:04d}@example.com,2{i:03d}\n" for i in range(start, start + n))


HEADER = "name,email,postcode\n"
TEXT: dict[str, bytes] = {
    "empty.csv": b"",
    "blank-lines.csv": b"\n\n\n",
    "header-only.csv": HEADER.encode(),
    "ragged-more.csv": (
        HEADER + rows(2) + f"{M}9,{M}9@x.com,2000,{M}extra\n" + rows(2, 3)
    ).encode(),
    "ragged-fewer.csv": (HEADER + rows(3) + f"{M}9,{M}9@x.com\n").encode(),
    "unclosed-quote.csv": (
        HEADER + rows(2) + f'{M}7,{M}7@x.com,"26{M}\n{M}8,{M}8@x.com,2601\n'
    ).encode(),
    "invalid-utf8.csv": HEADER.encode()
    + rows(2).encode()
    + f"{M}3,".encode()
    + b"\xff\xfe"
    + f"{M}@x.com,2003\n".encode(),
    "latin1.csv": (HEADER + f"Zo\u00eb{M},{M}@x.com,2600\n").encode("latin-1"),
    "cp1252.csv": (HEADER + f"\u201cQuoted\u201d {M},{M}@x.com,2600\n").encode("cp1252"),
    "utf16-bom.csv": (HEADER + rows(3)).encode("utf-16"),
    "utf8-bom-crlf.csv": b"\xef\xbb\xbf" + (HEADER + rows(3)).replace("\n", "\r\n").encode(),
    "duplicate-names.csv": ("name,email,name\n" + rows(2)).encode(),
    "empty-name.csv": ("name,,postcode\n" + rows(2)).encode(),
    "only-delimiters.csv": (",,\n" + rows(2)).encode(),
    "nul-bytes.csv": (HEADER + rows(1)).encode() + b"\x00\x00" + rows(1, 1).encode(),
    "garbage.csv": bytes((i * 7919 + 13) % 256 for i in range(4096)),
    "broken-line.jsonl": (
        f'{{"name":"{M}1","postcode":"2600"}}\n{{"name":"{M}2","postcode":\n'
        f'{{"name":"{M}3","postcode":"2601"}}\n'
    ).encode(),
    "mixed-types.jsonl": (
        f'{{"name":"{M}1","n":1}}\n{{"name":"{M}2","n":2}}\n{{"name":"{M}3","n":"{M}three"}}\n'
    ).encode(),
    "nested.jsonl": (
        f'{{"name":"{M}1","address":{{"street":"{M}1 King St","postcode":"2600"}}}}\n'
        f'{{"name":"{M}2","address":{{"street":"{M}2 Queen St","postcode":"2601"}}}}\n'
    ).encode(),
    "empty.jsonl": b"",
    "not-json.jsonl": f"name,{M}\n".encode(),
    # a UTF-16 byte-order mark, then a character cut short: the file ends mid-character
    "utf16-truncated.jsonl": b"\xfe\xff\x00\x01\x00",
    "utf16-truncated.csv": b"\xfe\xff\x00\x01\x00",
    "text.parquet": f"{M} this is not parquet\n".encode(),
}


def binary_files() -> dict[str, bytes]:
    table = pa.table(
        {"name": [f"{M}{i}" for i in range(50)], "postcode": [f"2{i:03d}" for i in range(50)]}
    )
    buf = io.BytesIO()
    pq.write_table(table, buf)
    parquet = buf.getvalue()
    corrupt = bytearray(parquet)
    corrupt[len(corrupt) // 3 : len(corrupt) // 3 + 64] = b"\xab" * 64
    sink = io.BytesIO()
    with pa_ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    good_csv = (HEADER + rows(20)).encode()
    return {
        "truncated.parquet": parquet[: len(parquet) // 2],
        "corrupt.parquet": bytes(corrupt),
        "truncated.arrow": sink.getvalue()[:100],
        "good.csv.gz": gzip.compress(good_csv, mtime=0),
        "truncated.csv.gz": gzip.compress(good_csv, mtime=0)[:40],
        "not-gzip.csv.gz": good_csv,
    }


POLICY_HEAD = """\
minshare: 1
purposes:
  research:
    basis: research-and-development
    agreement: DSA-1
    recipient: {name: AIHW}
    columns:
"""
GOOD_COLUMNS = (
    "      name: drop\n      email: drop\n      postcode: {action: generalise, prefix: 2}\n"
)
POLICIES: dict[str, bytes] = {
    "policy-good.yaml": (POLICY_HEAD + GOOD_COLUMNS).encode(),
    "policy-yaml-syntax.yaml": (POLICY_HEAD + "      name: {action: drop\n").encode(),
    "policy-tabs.yaml": (POLICY_HEAD + "\tname: drop\n").encode(),
    "policy-unknown-key.yaml": (POLICY_HEAD + GOOD_COLUMNS + "    retention: 7y\n").encode(),
    "policy-unknown-action.yaml": (
        POLICY_HEAD + GOOD_COLUMNS.replace("name: drop", "name: shred")
    ).encode(),
    "policy-bad-option.yaml": (
        POLICY_HEAD + GOOD_COLUMNS.replace("name: drop", "name: {action: mask, show_last: -2}")
    ).encode(),
    "policy-column-twice.yaml": (POLICY_HEAD + GOOD_COLUMNS + "      name: keep\n").encode(),
    "policy-precluded-basis.yaml": (
        POLICY_HEAD.replace("research-and-development", "national-security") + GOOD_COLUMNS
    ).encode(),
    "policy-empty.yaml": b"",
    "policy-not-utf8.yaml": (POLICY_HEAD + GOOD_COLUMNS).encode() + b"# \xff\xfe\n",
    "policy-encrypt-no-key.yaml": (
        POLICY_HEAD + GOOD_COLUMNS.replace("email: drop", "email: {action: encrypt}")
    ).encode(),
    "policy-encrypt-missing-key.yaml": (
        POLICY_HEAD.replace("{name: AIHW}", "{name: AIHW, key: nowhere/recipient.pub}")
        + GOOD_COLUMNS.replace("email: drop", "email: {action: encrypt}")
    ).encode(),
    "policy-nested.yaml": (
        POLICY_HEAD + "      name: drop\n      address: {action: pseudonymise}\n"
    ).encode(),
    "policy-nested-keep.yaml": (
        POLICY_HEAD + "      name: drop\n      address: {action: keep, justification: test}\n"
    ).encode(),
    "policy-pseudonymise.yaml": (
        POLICY_HEAD + GOOD_COLUMNS.replace("name: drop", "name: {action: pseudonymise}")
    ).encode(),
    "policy-jsonl.yaml": (
        POLICY_HEAD + "      name: drop\n      n: keep\n      extra: drop\n"
    ).encode(),
}


def main() -> None:
    for name, content in {**TEXT, **binary_files(), **POLICIES}.items():
        (HERE / name).write_bytes(content)
        print(f"{name:32} {len(content):>7} bytes")


if __name__ == "__main__":
    main()
