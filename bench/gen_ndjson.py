#!/usr/bin/env python3
"""Writes an NDJSON exchange log of COUNT exchanges with a gateway-like mix (fixed seed, reproducible):
   about 60 % clean JSON reads, the rest spread over the mistakes statuslint looks for (201 without
   Location, 429/503 without Retry-After, stack traces and file paths in 5xx bodies, 204 with a body,
   401 without a challenge, 200 reporting failure, redirects of POST, unregistered codes...), on
   endpoints with numeric, UUID and hex ids. Two in three lines carry an "id". Lines are built from
   templates (no json.dumps per line), so ten million take well under a minute.
Usage: gen_ndjson.py OUT.ndjson COUNT"""
import random, sys, uuid

out_path, count = sys.argv[1], int(sys.argv[2])
rnd = random.Random(20260302)
H = "https://api.example.com"

def line(req_method, url, status, resp_headers='[]', body='{"state":"absent"}', req_headers='[]'):
    resp = 'null' if status is None else (
        '{"status":%d,"headers":%s,"body":%s}' % (status, resp_headers, body))
    return ('"request":{"method":"%s","url":"%s","headers":%s,"body":{"state":"absent"}},"response":%s}'
            % (req_method, url, req_headers, resp))

JSON = '[["Content-Type","application/json"]]'
PROBLEM = '[["Content-Type","application/problem+json"]]'
def text(s):
    esc = s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t')
    return '{"text":"%s"}' % esc

def pick(r, n):
    o = 1 + n % 50000
    if r < 600:
        return line("GET", "%s/v1/orders/%d" % (H, o), 200, JSON, text('{"id":%d,"state":"shipped"}' % o),
                    '[["Accept","application/json"]]')
    if r < 640:
        return line("POST", H + "/v1/orders", 201, JSON, text('{"id":%d}' % o))
    if r < 660:
        return line("POST", H + "/v1/orders", 201, '[["Location","/v1/orders/%d"],["Content-Type","application/json"]]' % o,
                    text('{"id":%d}' % o))
    if r < 700:
        h = PROBLEM if r % 2 else '[["Content-Type","application/problem+json"],["Retry-After","30"]]'
        return line("GET", "%s/v1/search?q=%d" % (H, o), 429, h, text('{"title":"Too Many Requests","status":429}'))
    if r < 740:
        trace = (r'{"error":"java.lang.NullPointerException: cart\n\tat com.acme.Cart.total(Cart.java:42)'
                 r'\n\tat com.acme.CartController.get(CartController.java:17)"}')
        return line("GET", "%s/v1/users/%s/cart" % (H, uuid.UUID(int=o * 7919)), 500, JSON, text(trace))
    if r < 770:
        return line("GET", "%s/v1/orders/%d" % (H, o), 404, PROBLEM,
                    text('{"title":"Not Found","status":%d}' % (404 if r % 2 else 400)))
    if r < 790:
        return line("DELETE", "%s/v1/orders/%d" % (H, o), 204, JSON, text('{"deleted":true}'))
    if r < 810:
        return line("GET", H + "/v1/me", 401, PROBLEM, text('{"title":"Unauthorized","status":401}'))
    if r < 830:
        return line("PUT", "%s/v1/orders/%d/items/%d" % (H, o, r % 9), 200, JSON,
                    text('{"success":false,"error":"item is out of stock"}'))
    if r < 850:
        return line("GET", "%s/v1/reports/%016x" % (H, (o * 0x9E3779B97F4A7C15) & (2**64 - 1)), 503)
    if r < 865:
        return line("POST", H + "/v1/login", 301 if r % 2 else 302)
    if r < 880:
        return line("GET", "%s/v1/catalog/%d" % (H, o), 304)
    if r < 890:
        return line("GET", "%s/v1/legacy/%d" % (H, o), 299 if r % 2 else 999, JSON, text('{}'))
    if r < 900:
        return line("POST", H + "/v1/payments", None)
    if r < 915:
        return line("PATCH", "%s/v1/orders/%d" % (H, o), 405, PROBLEM, text('{"title":"Method Not Allowed","status":405}'))
    if r < 930:
        return line("POST", "%s/v1/orders/%d/refunds" % (H, o), 400, JSON,
                    text('{"message":"an order with this id already exists"}'))
    if r < 945:
        return line("GET", "%s/v1/files/report-%d.pdf" % (H, o), 500, '[["Content-Type","text/plain"]]',
                    text("open /var/app/data/reports/%d.pdf: no such file or directory" % o))
    if r < 975:
        return line("GET", "%s/v1/orders/%d" % (H, o), 200, JSON, '{"state":"unknown"}')
    return line("GET", "%s/v1/orders?page=%d" % (H, r % 40), 200, JSON, text('{"items":[],"errors":[]}'))

with open(out_path, "w", buffering=1 << 20) as out:
    for i in range(count):
        r = rnd.randrange(1000)
        head = '{"v":1,"id":"ex-%x",' % i if r % 3 else '{"v":1,'
        out.write(head + pick(r, rnd.randrange(1 << 30)) + "\n")
