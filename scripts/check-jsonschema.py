#!/usr/bin/env python3
"""Validate FSJC batches with Python jsonschema (Draft 2020-12), independently of the SDK.

Usage:
  check-jsonschema.py [--schemas DIR] FILE...   validate JSON or NDJSON batches
  check-jsonschema.py --probe                   report whether the dependencies are present

Every schema in DIR (default: schemas/v1 of this repository) is loaded into a referencing
Registry under its $id (a RefResolver store with jsonschema < 4.18). A .json file is validated against batch.schema.json;
in a .ndjson file the first line must be {"header": {...}}, the header is validated against
header.schema.json and every further line against the schema its recordType names.

Prints one JSON object per file to stdout:
  {"file": ..., "valid": true|false, "errors": [{"pointer": ..., "message": ..., "validator": ...}]}
Exit status: 0 all valid, 1 some invalid, 2 missing dependency or unusable input.
"""
import json
import os
import sys

MISSING = []
try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:  # jsonschema absent, or older than 4.0 (no Draft 2020-12)
    MISSING.append("jsonschema >= 4.0 with Draft 2020-12 (pip install jsonschema, or apt install python3-jsonschema)")
try:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
except ImportError:  # jsonschema < 4.18 (e.g. Debian 12): fall back to RefResolver
    Registry = None

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMAS = os.path.join(os.path.dirname(HERE), "schemas", "v1")


def probe():
    if MISSING:
        print("missing Python modules: " + "; ".join(MISSING), file=sys.stderr)
        return 2
    from importlib.metadata import version

    print(json.dumps({
        "python": sys.version.split()[0],
        "jsonschema": version("jsonschema"),
        "referencing": Registry is not None,
        "dateTimeFormatChecked": "date-time" in format_checker().checkers,
    }))
    return 0


def format_checker():
    checker = getattr(Draft202012Validator, "FORMAT_CHECKER", None)
    return checker if checker is not None else jsonschema.draft202012_format_checker


def load_schemas(directory):
    schemas = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".schema.json"):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                schema = json.load(f)
            schemas[name] = schema
    if Registry is None:
        return schemas, {schema["$id"]: schema for schema in schemas.values()}
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema, default_specification=DRAFT202012))
        for schema in schemas.values()
    )
    return schemas, registry


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def errors_of(validator, instance, prefix=()):
    out = []
    for e in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        out.append({
            "pointer": pointer(list(prefix) + list(e.absolute_path)),
            "message": e.message,
            "validator": e.validator,
        })
    return out


def main(argv):
    if "--probe" in argv:
        return probe()
    if MISSING:
        print("missing Python modules: " + "; ".join(MISSING), file=sys.stderr)
        return 2
    directory = DEFAULT_SCHEMAS
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--schemas":
            directory = argv[i + 1]
            i += 2
        else:
            files.append(argv[i])
            i += 1
    schemas, registry = load_schemas(directory)

    def validator_for(name):
        if Registry is None:
            resolver = jsonschema.RefResolver(schemas[name]["$id"], schemas[name], store=registry)
            return Draft202012Validator(schemas[name], resolver=resolver, format_checker=format_checker())
        return Draft202012Validator(schemas[name], registry=registry, format_checker=format_checker())

    batch = validator_for("batch.schema.json")
    header = validator_for("header.schema.json")
    by_type = {}
    all_valid = True
    for path in files:
        errs = []
        try:
            if path.endswith(".ndjson"):
                with open(path, encoding="utf-8") as f:
                    lines = [line for line in f.read().split("\n") if line.strip()]
                first = json.loads(lines[0]) if lines else None
                if not isinstance(first, dict) or set(first) != {"header"}:
                    errs.append({"pointer": "", "message": "first line is not {\"header\": {...}}", "validator": "ndjson"})
                else:
                    errs += errors_of(header, first["header"], ("header",))
                for n, line in enumerate(lines[1:]):
                    record = json.loads(line)
                    rtype = record.get("recordType") if isinstance(record, dict) else None
                    name = f"{rtype}.schema.json"
                    if name not in schemas or rtype in ("batch", "header", "common"):
                        errs.append({"pointer": f"/records/{n}", "message": f"unknown recordType {rtype!r}", "validator": "recordType"})
                        continue
                    if name not in by_type:
                        by_type[name] = validator_for(name)
                    errs += errors_of(by_type[name], record, ("records", n))
            else:
                with open(path, encoding="utf-8") as f:
                    instance = json.load(f)
                errs += errors_of(batch, instance)
        except (ValueError, UnicodeDecodeError) as e:
            errs.append({"pointer": "", "message": f"not readable: {e}", "validator": "parse"})
        valid = not errs
        all_valid = all_valid and valid
        print(json.dumps({"file": path, "valid": valid, "errors": errs}, ensure_ascii=False))
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
