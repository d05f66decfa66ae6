"""Python jsonschema (Draft 2020-12) over an NDJSON batch: header line, then one record per line."""
import json, os, sys, time
from jsonschema import Draft202012Validator

schema_dir, path = sys.argv[1], sys.argv[2]
schemas = {}
for name in os.listdir(schema_dir):
    if name.endswith('.schema.json'):
        with open(os.path.join(schema_dir, name), encoding='utf-8') as f:
            s = json.load(f)
            schemas[s['$id']] = s

try:
    from referencing import Registry, Resource
    registry = Registry().with_resources((i, Resource.from_contents(s)) for i, s in schemas.items())
    make = lambda s: Draft202012Validator(s, registry=registry)
except ImportError:  # jsonschema before 4.18
    from jsonschema import RefResolver
    make = lambda s: Draft202012Validator(s, resolver=RefResolver.from_schema(s, store=schemas))

base = 'https://fsjc.org.cn/schemas/v1/'
validators = {}
size = os.path.getsize(path)
count = 0
t0 = time.perf_counter()
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f):
        if not line.strip():
            continue
        value = json.loads(line)
        name = 'header' if i == 0 else value.get('recordType')
        v = validators.get(name) or validators.setdefault(name, make(schemas[base + name + '.schema.json']))
        for _ in v.iter_errors(value['header'] if i == 0 else value):
            pass
        count += 1
s = time.perf_counter() - t0
print(json.dumps({'mbps': size / 1048576 / s, 'rps': count / s}))
