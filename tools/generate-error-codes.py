#!/usr/bin/env python3
"""Regenerates docs/error-codes.md from the XML docs of src/CentralAsia.Domain/Validation/ErrorCodes.cs.

A test checks that every code is documented; run this after adding one:  python3 tools/generate-error-codes.py
"""
import re

source = open("src/CentralAsia.Domain/Validation/ErrorCodes.cs", encoding="utf-8").read()
items = re.findall(r'/// <summary>(.*?)</summary>\s*public const string (\w+) = "([^"]+)";', source, re.S)


def clean(text):
    text = re.sub(r"<c>(.*?)</c>", r"`\1`", text)
    text = re.sub(r'<see cref="[^"]*?(\w+)"\s*/>', r"\1", text)
    return " ".join(text.split())


groups = [
    ("JSON documents", ["json.", "schema."]),
    ("Structure", ["value.", "text.", "enum.", "number.", "collection.", "interval."]),
    ("Value objects", ["country.", "currency.", "money.", "date.", "quantity.", "hs-code.", "identifier.", "language-tag.", "url.", "region."]),
    ("Record rules", ["trade.", "note.", "name.", "leader.", "project.", "finance."]),
    ("Dataset rules", ["dataset."]),
]
out = [
    "# Error codes", "",
    "Every error this library reports — from a record constructor, a `TryCreate` factory, a `Parse`",
    "method or the JSON reader — carries one of these stable codes, a JSON Pointer (RFC 6901) into",
    "the canonical JSON shape, a message for people and, when it came from reading a text, a line",
    "number. A code names a *kind* of problem; the pointer says *where*. Codes never change meaning",
    "once shipped; new ones may be added.", "",
    "Use the constants of `CentralAsia.Domain.Validation.ErrorCodes` rather than string literals.", "",
    "How errors reach you:", "",
    "- Record constructors throw one `DomainValidationException` (an `ArgumentException`) whose `Errors` lists every error.",
    "- `TryCreate` factories return a `ValidationResult<T>`: the value, or every error.",
    "- `Parse` methods of value objects throw `FormatException` whose message contains the code in brackets,",
    "  for example `Cannot parse CountryCode [country.code.unknown]: 'ZZ' is not an assigned ISO 3166-1 country code.`;",
    "  `TryParse` returns false.",
    "- `CentralAsiaJson.Validate` returns every error of a document; `CentralAsiaJson.Deserialize` throws one",
    "  `CentralAsiaJsonException` (a `JsonException`) listing them all.", "",
    "Paths are relative to the value being built: a trade flow built in code reports `/partner`; the",
    "same error read from a dataset file is reported at `/tradeFlows/3/partner`.", "",
]
used = set()
for title, prefixes in groups:
    rows = [(n, c, s) for s, n, c in items if any(c.startswith(p) for p in prefixes)]
    if not rows:
        continue
    out += [f"## {title}", "", "| Code | Constant | Meaning |", "|---|---|---|"]
    for name, code, summary in rows:
        out.append(f"| `{code}` | `{name}` | {clean(summary)} |")
        used.add(code)
    out.append("")
missing = [c for _, _, c in items if c not in used]
assert not missing, f"codes in no group: {missing}"
open("docs/error-codes.md", "w", encoding="utf-8").write("\n".join(out))
print(len(items), "codes")
