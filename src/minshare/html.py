"""Self-contained HTML reports of a scan and of a verified release, for people and audit files.

One page each, with its styles inline and no external assets, so it opens offline,
prints cleanly and can be filed as it is. Every text is escaped; nothing on the page
is a value from the data (scan evidence never quotes one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from minshare import __version__

if TYPE_CHECKING:
    from minshare.audit import VerificationReport
    from minshare.detect import ScanResult
    from minshare.manifest import ReleaseManifest

_STYLE = """
:root { --ink: #1b1f24; --muted: #5b6470; --line: #d7dce2; --pass: #1a7f37; --fail: #b42318;
        --warn: #9a6700; --band: #f4f6f8; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line);
     padding-bottom: .25rem; }
.sub { color: var(--muted); margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
         border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: var(--band); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
              font-size: .92em; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; font-size: .85em;
         font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.pass { color: var(--pass); } .fail { color: var(--fail); } .warn { color: var(--warn); }
.none { color: var(--muted); }
.verdict { font-size: 1.2rem; font-weight: 700; margin: 1rem 0; padding: .75rem 1rem;
           border-radius: .5rem; border: 2px solid currentColor; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.25rem; margin: 0; }
dt { color: var(--muted); } dd { margin: 0; }
footer { color: var(--muted); margin-top: 2.5rem; font-size: .85em; }
@media print { body { margin: 0; max-width: none; font-size: 11px; } h2 { break-after: avoid; }
               tr { break-inside: avoid; } }
"""

_CATEGORY_CLASS = {
    "direct_identifier": "fail",
    "sensitive": "fail",
    "free_text": "warn",
    "quasi_identifier": "warn",
    "none": "none",
}


def _page(title: str, subtitle: str, body: Iterable[str]) -> str:
    made = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
            f"<h1>{escape(title)}</h1>",
            f'<p class="sub">{escape(subtitle)}</p>',
            *body,
            f"<footer>Made by minshare {escape(__version__)} on {made}.</footer>",
            "</body></html>",
        ]
    )


def _table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()
) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="num">{cell}</td>' if i in numeric else f"<td>{cell}</td>"
            for i, cell in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _count(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else "?"


def _badge(text: str, kind: str) -> str:
    return f'<span class="badge {kind}">{escape(text)}</span>'


def _facts(pairs: Iterable[tuple[str, Any]]) -> str:
    items = "".join(
        f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in pairs if v not in (None, "")
    )
    return f"<dl>{items}</dl>"


def scan_report(result: ScanResult) -> str:
    """A scan as one page: each column, what was found in it, how sure, and why."""
    personal = len(result.personal_columns)
    total = f" of {result.rows_total:,}" if result.rows_total is not None else ""
    rows = []
    for c in result.columns:
        best = c.best
        rows.append(
            [
                f"<code>{escape(c.name)}</code>",
                escape(c.data_type),
                _badge(c.category.replace("_", " "), _CATEGORY_CLASS.get(c.category, "none")),
                escape(best.type) if best else "&ndash;",
                f"{best.score:.2f}" if best else "",
                escape(best.evidence) if best else "",
                f"{c.null_fraction:.1%}",
            ]
        )
    body = [
        "<h2>Summary</h2>",
        _facts(
            [
                ("File", result.path),
                ("Format", result.format),
                ("Rows sampled", f"{result.rows_sampled:,}{total}"),
                ("Personal columns", f"{personal} of {len(result.columns)}"),
            ]
        ),
        "<h2>Columns</h2>",
        _table(
            ["Column", "Type", "Category", "Entity", "Score", "Evidence", "Null"],
            rows,
            numeric=(4, 6),
        ),
    ]
    return _page("minshare scan", f"What {result.path} holds, column by column", body)


def _column_rows(columns: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    rows = []
    for c in columns:
        options = ", ".join(f"{k}={v}" for k, v in sorted((c.get("options") or {}).items()))
        output = c.get("output")
        rows.append(
            [
                f"<code>{escape(str(c.get('name')))}</code>",
                escape(str(c.get("action")))
                + (f" <span class='mono'>({escape(options)})</span>" if options else ""),
                f"<code>{escape(str(output))}</code> {escape(str(c.get('output_type') or ''))}"
                if output
                else "dropped",
                escape(str(c.get("justification") or "")),
            ]
        )
    return rows


def verify_report(report: VerificationReport, manifest: ReleaseManifest | None) -> str:
    """A verified release as one page: the verdict, each check, and what the release holds."""
    verdict = (
        '<div class="verdict pass">Verified: every check passed</div>'
        if report.ok
        else '<div class="verdict fail">Not verified: a check failed</div>'
    )
    checks = [
        [
            _badge("pass" if c.ok else "FAIL", "pass" if c.ok else "fail"),
            escape(c.name),
            escape(c.detail),
        ]
        for c in report.checks
    ]
    body = [verdict, "<h2>Checks</h2>", _table(["Result", "Check", "Detail"], checks)]
    if manifest is not None:
        p = manifest.predicate
        purpose = p.get("purpose") or {}
        recipient = purpose.get("recipient") or {}
        rows = p.get("rows") or {}
        name, digest = manifest.subject
        body += [
            "<h2>Release</h2>",
            _facts(
                [
                    ("Data file", name),
                    ("SHA-256", digest),
                    ("Made", p.get("created")),
                    ("Purpose", purpose.get("name")),
                    ("DATA Act basis", purpose.get("basis")),
                    ("Agreement", purpose.get("agreement")),
                    ("Recipient", recipient.get("name")),
                    ("Policy SHA-256", (p.get("policy") or {}).get("sha256")),
                    ("Signer key", ((p.get("keys") or {}).get("signer") or {}).get("key_id")),
                    (
                        "Rows",
                        f"{_count(rows.get('in'))} in, {_count(rows.get('out'))} out, "
                        f"{_count(rows.get('suppressed', 0))} suppressed",
                    ),
                    (
                        "Personal information",
                        "included" if p.get("personal_information") else "not included",
                    ),
                ]
            ),
            "<h2>Columns</h2>",
            _table(
                ["Input column", "Action", "Leaves as", "Justification"],
                _column_rows(p.get("columns") or []),
            ),
            "<h2>Recipient's obligations</h2>",
            "<ul>"
            + "".join(f"<li>{escape(str(o))}</li>" for o in p.get("obligations") or [])
            + "</ul>",
        ]
    return _page("minshare verify", f"The audit of {report.manifest_path}", body)
