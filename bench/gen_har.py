#!/usr/bin/env python3
"""Writes a HAR 1.2 file of about TARGET bytes with a realistic mix (fixed seed, reproducible):
   70 % 2xx JSON bodies of 1-20 KB, 20 % 4xx/5xx with small JSON or HTML bodies (some with the
   mistakes statuslint looks for), 10 % base64 images of about 50 KB.
Usage: gen_har.py OUT.har [TARGET_BYTES]"""
import base64, json, random, sys

out_path = sys.argv[1]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000_000
rnd = random.Random(42)
image = base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(50_000))).decode()

def headers(pairs):
    return [{"name": n, "value": v} for n, v in pairs]

def make_json_body(size):
    items, n, length = [], 0, 0
    while length < size:
        item = {"sku": f"SKU-{n}", "qty": n % 5 + 1, "price": round(9.99 + n, 2), "note": "x" * (n % 40)}
        items.append(item)
        length += len(json.dumps(item)) + 2
        n += 1
    return json.dumps({"id": rnd.randint(1, 10**6), "status": "shipped", "items": items})

# A pool of distinct bodies keeps generation fast; sizes stay uniform over 1-20 KB.
JSON_POOL = [make_json_body(rnd.randint(1_000, 20_000)) for _ in range(500)]

def json_body():
    return rnd.choice(JSON_POOL)

ERRORS = [
    (404, "application/problem+json", '{"type":"about:blank","title":"Not Found","status":404,"detail":"No order 9"}', []),
    (429, "application/json", '{"message":"Too many requests"}', []),
    (500, "application/json", '{"error":"Internal Server Error","trace":"java.lang.IllegalStateException: boom\\n\\tat com.acme.Orders.get(Orders.java:42)"}', []),
    (503, "text/html", "<html><head><title>503 Service Unavailable</title></head><body>Down</body></html>", [("Retry-After", "30")]),
    (400, "application/json", '{"message":"Order with this reference already exists"}', []),
    (401, "application/problem+json", '{"title":"Unauthorized","status":401}', [("WWW-Authenticate", 'Bearer realm="api"')]),
]

def entry(i):
    r = rnd.random()
    url = f"https://api.example.com/orders/{rnd.randint(1, 10**6)}"
    req = {"method": "GET", "url": url, "httpVersion": "HTTP/1.1",
           "headers": headers([("Accept", "application/json"), ("User-Agent", "gen/1.0")]),
           "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0}
    if r < 0.70:
        status, mime, text = 200, "application/json", json_body()
        extra, enc = [], None
    elif r < 0.90:
        status, mime, text, extra = rnd.choice(ERRORS)
        enc = None
    else:
        status, mime, text, extra, enc = 200, "image/png", image, [], "base64"
        req["url"] = f"https://cdn.example.com/img/{i}.png"
    content = {"size": len(text), "mimeType": mime, "text": text}
    if enc:
        content["encoding"] = enc
    resp = {"status": status, "statusText": "", "httpVersion": "HTTP/1.1",
            "headers": headers([("Content-Type", mime)] + list(extra)),
            "cookies": [], "content": content, "redirectURL": "", "headersSize": -1, "bodySize": len(text)}
    return {"startedDateTime": "2026-11-24T10:00:00.000Z", "time": 12.5, "request": req, "response": resp,
            "cache": {}, "timings": {"send": 0.1, "wait": 10, "receive": 2.4}}

written = 0
with open(out_path, "w") as f:
    head = '{"log":{"version":"1.2","creator":{"name":"gen_har.py","version":"1"},"entries":[\n'
    f.write(head)
    written += len(head)
    i = 0
    while written < target:
        s = (",\n" if i else "") + json.dumps(entry(i))
        f.write(s)
        written += len(s)
        i += 1
    f.write("\n]}}\n")
print(f"{out_path}: {i} entries, {written / 1e6:.0f} MB")
