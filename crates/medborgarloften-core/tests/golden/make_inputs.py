#!/usr/bin/env python3
"""Writes the generated inputs of the golden corpus: cases/gen-*.json from the two frozen bases (cases/base-v2.json,
cases/base-v1.json), and the lists values.json and visits.json. Deterministic: the same bases give the same files.
The expected files are written by the core, never here (see README.md). Run: python3 make_inputs.py
"""

import copy
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PAYLOAD = "@@payload@@"
DUP = "@@dup@@"


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def fmt(value, indent=0):
    """Pretty JSON as an editor writes it: a list or object on one line when it fits in 110 columns."""
    one_line = compact(value)
    if not isinstance(value, (dict, list)) or not value or indent + len(one_line) <= 110:
        return one_line
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {fmt(v, indent + 2)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + fmt(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def text_of(value, payload=None, dup=None):
    text = fmt(value) + "\n"
    if payload is not None:
        text = text.replace(json.dumps(PAYLOAD), payload, 1)
    if dup is not None:
        text = text.replace(json.dumps(DUP), json.dumps(dup, ensure_ascii=False), 1)
    return text


def write(path, value):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        f.write(text_of(value))


written = {}


def case(name, data):
    """One input file; `data` is text or bytes. The same input twice is written once."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if raw in written.values():
        return
    assert name not in written, name
    written[name] = raw
    with open(os.path.join(CASES, f"gen-{name}.json"), "wb") as f:
        f.write(raw)


def load(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as f:
        return json.load(f)


def paths(value, at=()):
    """Every path to a value, parents first."""
    yield at
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, at + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, at + (i,))


def kind(path):
    """The path without list indices: the field of the model it reaches."""
    return tuple("[]" if isinstance(s, int) else s for s in path)


def slug(path):
    name = ".".join(s for s in kind(path) if s != "[]") or "root"
    suffix = "-item" if path and isinstance(path[-1], int) else ""
    return name.replace("$", "dollar-").replace("_", "-") + suffix


def get(value, path):
    for step in path:
        value = value[step]
    return value


def put(value, path, new):
    get(value, path[:-1])[path[-1]] = new


def with_payload(base, path, payload):
    v = copy.deepcopy(base)
    put(v, path, PAYLOAD)
    return text_of(v, payload=payload)


def renamed(obj, old, new):
    return {(new if k == old else k): v for k, v in obj.items()}


# Values of another kind than the field holds, in turn, so every kind of "found" gets worded somewhere.
OTHER = {
    str: ["5", "true", "[]", "{}", "-1.5"],
    int: ['"5"', "-1", "1.5", "true"],
    bool: ['"ja"', "1", "null"],
    list: ["{}", '"x"', "5"],
    dict: ['"x"', "5", "true"],
}
turn = {t: 0 for t in OTHER}


def other(value):
    t = type(value)
    choice = OTHER[t][turn[t] % len(OTHER[t])]
    turn[t] += 1
    return choice


# Fields that may be null (an `Option`), and a few required ones whose null is worth a message.
NULLABLE = {"$schema", "geometry", "outline", "in_sentence", "lead", "goal", "group", "value", "rate", "note", "source"}
NULL_TOO = {("id",), ("example",), ("promises", "[]", "districts"), ("promises", "[]", "followups", "[]", "status"),
            ("periods", "[]", "followup", "reports", "[]", "precision"), ("districts", "[]", "priority")}
NULLABLE_KINDS = {("periods", "[]", "followup", "text"), ("periods", "[]", "documents", "[]", "kind"),
                  ("periods", "[]", "documents", "[]", "url"), ("periods", "[]", "groups", "[]", "intro"),
                  ("periods", "[]", "groups", "[]", "source_url"), ("promises", "[]", "source_url"),
                  ("promises", "[]", "targets", "[]", "kind")}
NEAR = {(), ("periods", "[]"), ("promises", "[]"), ("promises", "[]", "targets", "[]"),
        ("promises", "[]", "followups", "[]")}
BY_POSITION = {("municipality",), ("geometry",), ("periods", "[]"), ("promises", "[]", "followups", "[]")}


def every_field(tag, base, only=None, head=lambda k: False):
    """Each field of each kind (its first occurrence): left out, of another kind, null, and each object: with an
    unknown field, a field twice, read from a list by position."""
    seen, kinds_done = set(), set()
    for path in paths(base):
        k = kind(path)
        if k in seen:
            continue
        seen.add(k)
        if only is not None and not only(k):
            continue
        value = get(base, path)
        name = f"{tag}-{slug(path)}"
        parent = get(base, path[:-1]) if path else None
        in_map = len(path) >= 2 and path[-2] == "achieved"
        if isinstance(path[-1] if path else None, str) and not in_map:
            v = copy.deepcopy(base)
            del get(v, path[:-1])[path[-1]]
            case(f"{name}-missing", text_of(v))
        if head(k):
            continue
        # A value of another kind once per object and kind of value: the decoders of one kind are shared.
        if path and (not isinstance(value, (dict, list)) or value) and (k[:-1], type(value)) not in kinds_done:
            kinds_done.add((k[:-1], type(value)))
            case(f"{name}-other-kind", with_payload(base, path, other(value)))
        if path and (path[-1] in NULLABLE or k in NULLABLE_KINDS or k in NULL_TOO) and not in_map:
            case(f"{name}-null", with_payload(base, path, "null"))
        if isinstance(value, dict) and not (path and path[-1] == "achieved"):
            v = copy.deepcopy(base)
            get(v, path)["xyzzy_okand"] = 1
            case(f"{name}-unknown-field", text_of(v))
            if k in NEAR:
                last = list(value)[-1]
                v = copy.deepcopy(base)
                get(v, path)[DUP] = copy.deepcopy(value[last])
                case(f"{name}-twice", text_of(v, dup=last))
                first = list(value)[0]
                v = copy.deepcopy(base)
                if path:
                    put(v, path, renamed(value, first, first + "x"))
                else:
                    v = renamed(v, first, first + "x")
                case(f"{name}-misspelt", text_of(v))
            if k in BY_POSITION:
                values = list(value.values())
                for suffix, items in [("list", values), ("short-list", values[:-1]), ("long-list", values + [1])]:
                    v = copy.deepcopy(base)
                    put(v, path, items)
                    case(f"{name}-{suffix}", text_of(v))


def payloads(tag, base, path, texts):
    for i, text in enumerate(texts):
        case(f"{tag}-{slug(path)}-{i + 1:02}", with_payload(base, path, text))


def main():
    for old in glob.glob(os.path.join(CASES, "gen-*.json")):
        os.remove(old)
    v2 = load("base-v2.json")
    v1 = load("base-v1.json")
    every_field("v2", v2)
    # Of version 1, the head and the types that differ from version 2 (the others are read by the same code).
    shared = {("periods", "[]", "goal"), ("periods", "[]", "followup"), ("periods", "[]", "documents"),
              ("promises", "[]", "followups", "[]", "source")}
    every_field("v1", v1, only=lambda k: len(k) <= 1 or k[0] in {"parties", "periods", "promises"} and not any(
        k[: len(s)] == s for s in shared), head=lambda k: len(k) == 1 or len(k) > 2 and k[-1] == "[]")

    long = '"' + "lång text " * 8 + '"'
    payloads("v2", v2, ("promises", 0, "targets", 0, "value"),
             ["4294967295", "4294967296", "18446744073709551616", "-9223372036854775809", "1e3", "-0", long,
              '"a, expected b"'])
    payloads("v1", v1, ("periods", 0, "year"), ["65535", "65536", "-1", "2026.0", '"2026"'])
    payloads("v2", v2, ("promises", 0, "followups", 1, "status"),
             ['"rapporterad"', '"klart"', '{"pagar": null}', '{"pagar": 1}', '{"nej": null}',
              '{"pagar": null, "x": 1}', "{}", '"back`tick"', '"x, expected enum Z"'])
    payloads("v1", v1, ("promises", 0, "followups", 0, "status"), ['"rapporterad"', '"genomfort"'])
    payloads("v2", v2, ("periods", 0, "followup", "reports", 0, "kind"), ['"Slut"', '["intern"]'])
    payloads("v2", v2, ("periods", 0, "followup", "reports", 0, "precision"), ['"year"', '"Day"'])
    payloads("v2", v2, ("promises", 0, "targets", 0, "kind"), ['"exakt"', '"mest"'])
    payloads("v2", v2, ("updated",),
             ['"2019-02-29"', '"2020-02-29"', '"2019-13-01"', '"2019-5-31"', '"2026-05"', "20190531",
              '"2019-05-31T00:00"'])
    payloads("v2", v2, ("periods", 0, "start"), ['"2024-13"', '"2024-6"', '"2024-06-01"', '"2024"', '"0999-01"'])
    payloads("v2", v2, ("promises", 0, "followups", 0, "date"),
             ['"2026-02-30"', '"2026-5"', '"26"', '"2026-00"', '"2024-09-31"'])
    payloads("v2", v2, ("promises", 0, "followups", 1, "achieved", "kontroller"),
             ["0", "-1", "4294967296", "1.5", "null", "true", "[1]", '{"a": 1}', "1e2"])
    payloads("v2", v2, ("promises", 0, "followups", 1, "achieved"),
             ['{"kontroller": 1, "kontroller": 2}', "[]", '{"kontroller": 1,}', "{5: 1}"])
    payloads("v1", v1, ("promises", 0, "followups", 0, "achieved", "kontroller"), ['"ett 15-tal"', "-1"])
    payloads("v2", v2, ("title",),
             ['"\\u00e5\\ud83d\\ude00"', '"\\ud800"', '"\\ud800\\u0041"', '"a\\x"', '"tab\there"',
              '"rad\nbrytning"', "tru", "'x'"])
    payloads("v2", v2, ("$schema",), ["[" * 126 + "]" * 126, "[" * 127 + "]" * 127, "[" * 130 + "]" * 130])
    payloads("v2", v2, ("promises", 1, "text"), ["[" * 126 + "]" * 126])

    text = text_of(v2)
    # Cut short: in a key, in a text, in a number, after a colon, in a literal, before the last brace.
    for i, (after, back) in enumerate([('"schema_vers', 0), ('"Löften i N', 0), ('"schema_version": ', 0),
                                       ('"example": tr', 0), ('"value": ', 0), ('"kontroller": 3', 0),
                                       ('"themes": ["trafik"', 0), ("", 2), ("", 1), ("{", 0)]):
        at = text.index(after) + len(after) if after else len(text) - back
        case(f"cut-{i + 1:02}", text[:at])
    raw = text.encode("utf-8")
    case("cut-mid-character", raw[: raw.index("ö".encode()) + 1])
    edits = [("trailing-comma-list", '"trafik", "trygghet"]', '"trafik", "trygghet",]'),
             ("trailing-comma-object", '"code": "0000"}', '"code": "0000",}'),
             ("missing-colon", '"id": "norrhamn"', '"id" "norrhamn"'),
             ("missing-comma", '"schema_version": 2,', '"schema_version": 2'),
             ("comment", '"updated"', '// uppdaterad\n  "updated"'),
             ("nul-in-text", "Hållplatser\"", "Håll\u0000platser\""),
             ("single-quotes", '"title": "Trafik"', "'title': 'Trafik'"),
             ("key-without-quotes", '"example"', "example"),
             ("text-after-the-end", None, "\n}\n"),
             ("second-value", None, "\n{}\n"),
             ("leading-zero", '"value": 1,', '"value": 01,'),
             ("plus-sign", '"value": 1,', '"value": +1,'),
             ("bad-escape", "I gång.", "I gång.\\q"),
             ("byte-order-mark-inside", '"themes"', '\ufeff"themes"'),
             ("no-break-space", '"themes"', '\u00a0"themes"'),
             ("bracket-for-brace", '"code": "0000"}', '"code": "0000"]')]
    for name, old, new in edits:
        case(name, text + new.lstrip("\n") if old is None else text.replace(old, new, 1))
    case("bom", b"\xef\xbb\xbf" + raw)
    case("bom-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + raw)
    small = '{"schema_version": 2}'
    case("utf16-le-bom", b"\xff\xfe" + small.encode("utf-16-le"))
    case("utf16-be-bom", b"\xfe\xff" + small.encode("utf-16-be"))
    case("utf16-le", small.encode("utf-16-le"))
    case("latin1-byte", raw.replace("Norrhamns kommun".encode(), "Norrhamns kommun \xe5".encode("latin-1"), 1))
    case("overlong-utf8", raw.replace(b"Centrum", b"Centr\xc0\xafum", 1))
    case("lone-continuation-byte", raw.replace(b"Hamnen", b"Ham\x80nen", 1))

    two = copy.deepcopy(v2)
    two["promises"][0]["text"] = 5
    del two["promises"][1]["title"]
    case("two-broken-promises", text_of(two))
    outside = copy.deepcopy(v2)
    outside["title"] = 5
    outside["promises"][1]["themes"] = "trafik"
    case("broken-head-and-promise", text_of(outside))
    rules = copy.deepcopy(v2)
    rules["promises"][1]["themes"] = ["cykel"]
    rules["periods"][1]["id"] = "2022 B"
    case("content-rules", text_of(rules))

    for i, text in enumerate(
            ["", " ", "\n\n  ", "{", "}", "{}", "[]", "5", '"x"', "null", '{"schema_version": 1}',
             '{"schema_version": 2}', '{"schema_version": 3}', '{"schema_version": null}', '{"schema_version": "2"}',
             '{"schema_version": -1}', '{"schema_version": 1.0}', '{"schema_version": 1, "schema_version": 2}',
             '{"schema_version": 99999999999}', '{"x": [1,]}', '{"x": [1,], "schema_version": 2}',
             '{"x": "\\ud800"}', '{"x": 1e999}', '{"promises": [{"id": 5}]}', '{"promises": 5}',
             '{"promises": [{}, {"id": "a"}, 3]}', '{"id": "a"} x', "\u00a0{}", "\ufeff{}", "[" * 5000,
             '{"a":' * 130 + "1" + "}" * 130, '{"x": ' + "[" * 10000 + "]" * 10000 + "}"]):
        case(f"whole-{i + 1:02}", text)

    with open(os.path.join(HERE, "values.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(value_texts(), ensure_ascii=False, indent=0) + "\n")
    with open(os.path.join(HERE, "visits.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(visit_texts(), ensure_ascii=False, indent=0) + "\n")
    print(f"{len(written)} cases")


def value_texts():
    """JSON texts of every kind, at and past every limit, broken in every way."""
    texts = ["null", "true", "false", "0", "1", "-1", "42", "1.5", "-0", "-0.0", "1e3", "1E-3", "2.50", "0.1e1",
             "5000000000", "4294967296", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
             "-9223372036854775809", "1e309", "-1e309", "1e-400", "123456789012345678901234567890",
             "1234567890123456789012.5e3", "0e999999999999", "1e99999999999", "0.00001", "0.000001", "1e15", "1e16",
             "01", "1.", ".5", "-", "1e", "1e+", "+1", "tru", "nul", "fals", "NaN", "Infinity", "'x'", "x", '""',
             '"x"', '{"intern": null}', "{}", "{ }", "[]", "[ ]", "[1]", '["a",]', '{"a":1}', '{"a":1,}', '{"a" 1}',
             "{1:2}", '{"a":}', "[[]]", '{"b": 1, "a": 2, "b": 3}', '"\\u00e5"', '"\\ud83d\\ude00"', '"\\ud800"',
             '"\\udc00"', '"\\ud800\\u0041"', '"\\ud800x"', '"\\ud800\\n"', '"\\u12"', '"\\u12g4"', '"\\x"',
             '"a\\"b"', '"a\\\\b"', '"a\\/b\\b\\f\\n\\r\\t"', '"tab\there"', '"line\nbreak"', '"nul\u0000byte"',
             '"\u001f"', '"\u007f"', '"åäö ☃ 😀"', '"unterminated', '"\\', "[1 2]", '{"a":1 "b":2}', "\ufeff1",
             "\u00a01", "[1] 2", "", " ", "[", "{", '{"a"', '{"a":', "[1,", "\n\n  [\n 1,\n ]"]
    texts += ["[" * 127 + "1" + "]" * 127, "[" * 128 + "1" + "]" * 128, '{"a":' * 130 + "1", "[" * 5000]
    return texts


def visit_texts():
    """Stored visit states: one written by the app, its cuts, and states of the wrong shape."""
    stored = '{"v":1,"besok":"2026-12-02","lofte":{"a":[2,"2026-05-31"],"b":[0,null],"c-d":[1,"2025-12-31"]}}'
    texts = [stored, "", "{}", '{"v":1,"besok":"2026-12-02","lofte":{}}', '{"v":2,"besok":"2026-12-02","lofte":{}}',
             '{"v":1,"besok":"2026-12-02","lofte":{"a":[1]}}', '{"v":1,"besok":"2026-12-02","lofte":{"a":[1,null,3]}}',
             '{"v":1,"besok":"2026-12-02","lofte":{"a":{"0":1}}}', '{"v":1,"besok":"2026-12-02","lofte":{"a":[-1,null]}}',
             '{"v":1,"besok":"2026-12-02","lofte":{"a":[18446744073709551615,null]}}', '[1,"2026-12-02",{}]',
             '{"v":1,"besok":"2026-12-02","lofte":{},"x":1}', '{"v":1,"besok":"2026-02-30","lofte":{}}',
             '{"besok":"2026-12-02","lofte":{},"v":1}', '{"v":1,"v":1,"besok":"2026-12-02","lofte":{}}']
    texts += [stored[:at] for at in range(0, len(stored), 9)]
    return texts


if __name__ == "__main__":
    main()
