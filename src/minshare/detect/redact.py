"""Redact free text: personal information inside each value becomes a ``<TYPE>`` tag.

"Call Mia Nguyen on 0412 345 678" becomes "Call <PERSON> on <PHONE_NUMBER>". The work is
done once per distinct value (the array is dictionary-encoded first), a vectorised test skips
every value that cannot hold anything the recognizers find, and nulls stay null.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

# A value with none of these cannot hold what the recognizers find: no digits run, no "@",
# no link, no capitalised word after another word, no street or box word.
_MAY_HOLD = (
    r"\d.*\d.*\d|@|(?i:www\.|://)|\pL[\pL'\x{2019}-]*[\s,;:(]+\p{Lu}\pL|"
    r"(?i:\b(?:licen[cs]e|passport|bsb|dob|born|box|bag)\b)"
)


def redact_text(text: str, *, entities: Sequence[str] | None = None) -> str:
    """``text`` with each piece of personal information replaced by its ``<TYPE>`` tag."""
    from minshare.detect.presidio import analyze_text

    spans = analyze_text(text)
    if entities is not None:
        wanted = set(entities)
        spans = [s for s in spans if s.entity in wanted]
    parts: list[str] = []
    at = 0
    for span in spans:
        parts.append(text[at : span.start])
        parts.append(f"<{span.entity}>")
        at = span.end
    parts.append(text[at:])
    return "".join(parts)


def redact_values(
    values: pa.Array | pa.ChunkedArray, *, entities: Sequence[str] | None = None
) -> pa.Array:
    """Redact every value of a string array; ``entities`` limits which types are replaced.

    Returns an array of the input's type (plain string for dictionary input), same length,
    nulls where the input has nulls.
    """
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks() if values.num_chunks else pa.array([], type=values.type)
    value_type = values.type
    if pa.types.is_dictionary(value_type):
        encoded = values
        value_type = value_type.value_type
    elif pa.types.is_string(value_type) or pa.types.is_large_string(value_type):
        encoded = pc.dictionary_encode(values)
    else:
        raise TypeError(f"redact works on text; this array holds {value_type}")
    if not (pa.types.is_string(value_type) or pa.types.is_large_string(value_type)):
        raise TypeError(f"redact works on text; this array holds {value_type}")
    dictionary = encoded.dictionary.cast(pa.string())
    candidates = pc.match_substring_regex(dictionary, _MAY_HOLD)
    chosen = pc.indices_nonzero(candidates).to_pylist()
    if chosen:
        texts = dictionary.take(pa.array(chosen, type=pa.int64())).to_pylist()
        replaced = dictionary.to_pylist()
        for index, text in zip(chosen, texts, strict=True):
            replaced[index] = redact_text(text, entities=entities)
        dictionary = pa.array(replaced, type=pa.string())
    result = dictionary.take(encoded.indices)
    return result.cast(value_type)
