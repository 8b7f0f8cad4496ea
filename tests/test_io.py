"""Streaming readers and writers: formats, data fidelity, and errors that quote no value."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import sys
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as pa_ipc
import pytest

from minshare.errors import DataError, UsageError
from minshare.io import arrow_type, detect_format, open_reader, open_writer, stage
from minshare.io.sources import stream_batches
from minshare.io.writers import BackgroundWriter

SECRET = "Zebedee-Quokka-7731"  # a marker: it must never appear in an error


def read_all(path: Path | str, fmt: str | None = None) -> pa.Table:
    reader = open_reader(path, fmt)
    try:
        return pa.Table.from_batches(list(reader.batches()), schema=reader.schema)
    finally:
        reader.close()


def write_all(table: pa.Table, path: Path, fmt: str) -> None:
    writer = open_writer(path, fmt, table.schema)  # type: ignore[arg-type]
    for batch in table.to_batches():
        writer.write(batch)
    writer.close()


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.csv", "csv"),
        ("a.CSV", "csv"),
        ("a.tsv", "tsv"),
        ("a.tab", "tsv"),
        ("a.parquet", "parquet"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.arrow", "arrow"),
        ("a.feather", "arrow"),
    ],
)
def test_format_from_extension(name: str, fmt: str) -> None:
    assert detect_format(name) == fmt


def test_format_errors() -> None:
    with pytest.raises(UsageError, match="cannot tell the format"):
        detect_format("data.xlsx")
    with pytest.raises(UsageError, match="need --input-format"):
        detect_format("-")
    with pytest.raises(UsageError, match="unknown format"):
        detect_format("a.csv", "excel")
    assert detect_format("data.txt", "csv") == "csv"


FIDELITY_CSV = (
    "postcode,id,flag,amount,note,phone\n"
    '0800,000012345678901234567890,NA,12.50,"line one\nline two",+61 2 9876 5432\n'
    '2600,1,,-0.10,"",0412 345 678\n'
    '0200,2,N/A,1e3,"say ""hi""",\n'
)


def test_csv_is_read_as_text_and_nothing_is_guessed(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(FIDELITY_CSV, encoding="utf-8")
    table = read_all(path)
    assert all(f.type == pa.string() for f in table.schema)
    assert table.column("postcode").to_pylist() == ["0800", "2600", "0200"]
    assert table.column("id").to_pylist() == ["000012345678901234567890", "1", "2"]
    assert table.column("flag").to_pylist() == ["NA", None, "N/A"]
    assert table.column("amount").to_pylist() == ["12.50", "-0.10", "1e3"]
    # an unquoted empty field is null; a quoted one is an empty string
    assert table.column("note").to_pylist() == ["line one\nline two", "", 'say "hi"']
    assert table.column("phone").to_pylist() == ["+61 2 9876 5432", "0412 345 678", None]


def test_a_csv_written_by_minshare_round_trips_unchanged(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(FIDELITY_CSV, encoding="utf-8")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    write_all(read_all(source), first, "csv")
    write_all(read_all(first), second, "csv")
    assert first.read_bytes() == second.read_bytes()
    assert read_all(first).equals(read_all(source))


def test_tsv_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "f.tsv"
    path.write_bytes(b"\xef\xbb\xbfa\tb\n1\t\n")
    table = read_all(path)
    assert table.schema.names == ["a", "b"]
    assert table.to_pylist() == [{"a": "1", "b": None}]


def test_parquet_and_arrow_keep_their_types(tmp_path: Path) -> None:
    table = pa.table(
        {
            "d": pa.array([dt.date(1984, 3, 21), None], pa.date32()),
            "n": pa.array([1, None], pa.int32()),
            "x": pa.array([1.5, 2.25], pa.float64()),
            "s": pa.array(["0800", ""], pa.string()),
        }
    )
    for name, fmt in (("t.parquet", "parquet"), ("t.arrow", "arrow")):
        write_all(table, tmp_path / name, fmt)
        assert read_all(tmp_path / name).equals(table)
    # the Arrow stream format is read too
    with (
        pa.OSFile(str(tmp_path / "s.arrow"), "wb") as sink,
        pa_ipc.new_stream(sink, table.schema) as w,
    ):
        w.write_table(table)
    assert read_all(tmp_path / "s.arrow").equals(table)


def test_json_lines_keep_date_strings_as_strings(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(
        '{"when":"2020-01-01 10:00:00","day":"2020-01-01","n":3,"x":1.5,"code":"0800",'
        '"none":null}\n'
        '{"when":"2021-02-03 04:05:06","day":"2021-12-31","n":4,"x":2.0,"code":"2600",'
        '"none":null}\n',
        encoding="utf-8",
    )
    table = read_all(path)
    assert table.column("when").to_pylist() == ["2020-01-01 10:00:00", "2021-02-03 04:05:06"]
    assert table.column("day").type == pa.string()
    assert table.column("n").to_pylist() == [3, 4]
    out = tmp_path / "out.jsonl"
    write_all(table, out, "jsonl")
    assert out.read_text(encoding="utf-8").splitlines()[0] == (
        '{"when":"2020-01-01 10:00:00","day":"2020-01-01","n":3,"x":1.5,"code":"0800","none":null}'
    )
    assert read_all(out).equals(table)


def test_readers_stream_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    row = "1234567890,some text that takes room,2026-01-01\n"
    path.write_text("a,b,c\n" + row * 300_000, encoding="utf-8")
    reader = open_reader(path)
    sizes = [b.num_rows for b in reader.batches()]
    assert len(sizes) > 1 and sum(sizes) == 300_000


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a,b\n0800,x\n")))
    reader = open_reader("-", "csv")
    assert pa.Table.from_batches(list(reader.batches())).to_pylist() == [{"a": "0800", "b": "x"}]
    import hashlib

    from minshare.io import input_sha256

    assert input_sha256(reader) == hashlib.sha256(b"a,b\n0800,x\n").hexdigest()
    with pytest.raises(UsageError, match="cannot be read from standard input"):
        open_reader("-", "parquet")


@pytest.mark.parametrize(
    ("content", "line", "column", "fragment"),
    [
        (f"a,b\n1,2\n3,{SECRET},extra\n".encode(), 3, None, "expected 2 fields, found 3"),
        (f"a,b\n1,2\n{SECRET}\n".encode(), 3, None, "expected 2 fields, found 1"),
        (b"a,b\n1,2\n3,\xff" + SECRET.encode() + b"\n", 3, "b", "not valid UTF-8"),
        (b"", 1, None, "empty"),
        (b"a,,c\n1,2,3\n", 1, None, "column 2 has no name"),
        (b"a,b,a\n1,2,3\n", 1, None, "columns 1 and 3 have the same name"),
    ],
)
def test_csv_errors_locate_the_problem_without_the_value(
    tmp_path: Path, content: bytes, line: int, column: str | None, fragment: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(DataError) as info:
        read_all(path)
    error = info.value
    assert error.line == line
    assert error.column == column
    assert fragment in str(error)
    assert str(path) in str(error)
    assert SECRET not in str(error)


def test_ragged_row_deep_in_a_big_file_is_located(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 200_000 + f"{SECRET}\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_all(path)
    assert info.value.line == 200_002
    assert SECRET not in str(info.value)


def test_a_json_type_change_deep_in_a_big_file_is_located(tmp_path: Path) -> None:
    # pyarrow counts objects within each block and skips blank lines; the error names the line
    path = tmp_path / "big.jsonl"
    lines = '{"id": 1, "age": 40}\n' * 150_000 + "\n" + f'{{"id": 2, "age": "{SECRET}"}}\n'
    path.write_text(lines, encoding="utf-8")
    with pytest.raises(DataError, match="changes type") as info:
        read_all(path)
    assert info.value.line == 150_002
    assert SECRET not in str(info.value)
    gz = tmp_path / "big.jsonl.gz"
    gz.write_bytes(gzip.compress(lines.encode("utf-8")))
    with pytest.raises(DataError, match="changes type") as info:
        read_all(gz)
    assert info.value.line == 150_002


def test_a_json_error_in_a_file_gone_since_still_says_where(tmp_path: Path) -> None:
    path = tmp_path / "gone.jsonl"
    path.write_text('{"a": 1}\n' * 150_000 + '{"a": "x"}\n', encoding="utf-8")
    reader = open_reader(path)
    path.unlink()  # the reader holds the file open; reading it again for the line fails
    with pytest.raises(DataError, match="changes type") as info:
        for _ in reader.batches():
            pass
    assert info.value.line == 150_001  # the object's number: no blank line to tell apart
    reader.close()


def test_a_json_field_null_all_through_the_first_block_is_text(tmp_path: Path) -> None:
    path = tmp_path / "sparse.jsonl"
    first = '{"id": 1, "concession": null}\n' * 50_000  # past the first megabyte
    path.write_text(first + '{"id": 2, "concession": "Pensioner"}\n', encoding="utf-8")
    table = read_all(path)
    assert table.column("concession").type == pa.string()
    assert table.column("concession").to_pylist()[-1] == "Pensioner"


def test_other_format_errors(tmp_path: Path) -> None:
    (tmp_path / "x.parquet").write_bytes(b"PAR1 this is not parquet " + SECRET.encode())
    with pytest.raises(DataError, match="not a readable Parquet file") as info:
        read_all(tmp_path / "x.parquet")
    assert SECRET not in str(info.value)
    (tmp_path / "x.jsonl").write_text('{"a": 1}\n{"a": "' + SECRET + '"}\n', encoding="utf-8")
    with pytest.raises(
        DataError, match=r"field 'a' changes type between lines \(number, then string"
    ) as info:
        read_all(tmp_path / "x.jsonl")
    assert SECRET not in str(info.value)
    with pytest.raises(DataError, match="no such file"):
        read_all(tmp_path / "missing.csv")


def test_staged_files_appear_only_on_commit(tmp_path: Path) -> None:
    staged = stage(tmp_path / "out.csv")
    staged.temp.write_text("x")
    assert not (tmp_path / "out.csv").exists()
    staged.commit()
    assert (tmp_path / "out.csv").read_text() == "x"
    other = stage(tmp_path / "other.csv")
    other.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
    with pytest.raises(UsageError, match="does not exist"):
        stage(tmp_path / "missing" / "out.csv")


@pytest.mark.parametrize(
    "t",
    [
        pa.string(),
        pa.int64(),
        pa.date32(),
        pa.timestamp("us", tz="UTC"),
        pa.decimal128(10, 2),
        pa.bool_(),
    ],
)
def test_arrow_type_reads_back_what_str_writes(t: pa.DataType) -> None:
    assert arrow_type(str(t)) == t


class _Recorder:
    """A writer that keeps what it was given, and fails on the batch numbered ``fail_at``."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.batches: list[int] = []
        self.closed = False
        self.fail_at = fail_at

    def write(self, batch: pa.RecordBatch) -> None:
        number = batch.column(0)[0].as_py()
        if number == self.fail_at:
            raise OSError(28, "No space left on device")
        self.batches.append(number)

    def close(self) -> None:
        self.closed = True


def numbered(n: int) -> pa.RecordBatch:
    return pa.record_batch({"n": [n]})


def test_background_writes_keep_their_order() -> None:
    inner = _Recorder()
    writer = BackgroundWriter(inner, depth=3)
    for n in range(50):
        writer.write(numbered(n))
    writer.close()
    assert inner.batches == list(range(50)) and inner.closed


def test_a_failed_background_write_surfaces_and_closes_the_file() -> None:
    inner = _Recorder(fail_at=5)
    writer = BackgroundWriter(inner, depth=2)
    with pytest.raises(OSError, match="No space left"):
        for n in range(50):
            writer.write(numbered(n))
        writer.close()
    assert inner.closed
    assert inner.batches == list(range(5))  # nothing after the failure was written


class _Batches:
    """A stand-in for a pyarrow streaming reader: ``count`` batches, or a failure at one."""

    def __init__(self, count: int, fail_at: int | None = None) -> None:
        self.count = count
        self.fail_at = fail_at
        self.read = 0

    def read_next_batch(self) -> pa.RecordBatch:
        if self.read == self.fail_at:
            raise pa.ArrowInvalid("CSV parse error")
        if self.read >= self.count:
            raise StopIteration
        self.read += 1
        return numbered(self.read - 1)


def located(exc: Exception) -> DataError:
    return DataError("cannot be parsed", path="x.csv", line=7)


def test_reading_ahead_keeps_order_and_the_place_of_a_failure() -> None:
    got = [b.column(0)[0].as_py() for b in stream_batches(_Batches(20), located)]
    assert got == list(range(20))
    seen = []
    with pytest.raises(DataError, match="line 7"):
        for batch in stream_batches(_Batches(20, fail_at=4), located, ahead=3):
            seen.append(batch.column(0)[0].as_py())
    assert seen == [0, 1, 2, 3]


def test_stopping_early_leaves_no_read_running() -> None:
    source = _Batches(1000)
    stream = stream_batches(source, located, ahead=2)
    next(stream)
    stream.close()
    assert source.read <= 3  # the one taken and at most two read ahead
    assert not [t for t in threading.enumerate() if t.name.startswith("minshare-read")]
