#!/usr/bin/env bash
# Regenerates the captured fixtures of this folder from real runtimes (see README.md).
# Needs: python3, node, a JDK, rustc, go, php-cli (+ pdo_sqlite), ruby. Sources go to a scratch dir
# laid out like a deployed server (/srv/shop/...), so the paths in the traces look like real ones.
set -u
out="$(cd "$(dirname "$0")" && pwd)"
work="${LEAKS_WORK:-/tmp/statuslint-leaks}"
rm -rf "$work" && mkdir -p "$work"
cd "$work"

# Python: an uncaught exception, and a JSON body built with traceback.format_exc() (FastAPI/Flask debug style).
mkdir -p app/shop && cat > app/shop/orders.py <<'PY'
import json, sqlite3, sys, traceback
def load(order_id):
    lines = {"a": 1}
    return lines[order_id]
def handler(order_id):
    return load(order_id)
def db():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE)")
    con.execute("INSERT INTO users (email) VALUES ('a@example.com')")
    con.execute("INSERT INTO users (email) VALUES ('a@example.com')")
if __name__ == "__main__":
    if sys.argv[1] == "raw":
        handler("b")
    elif sys.argv[1] == "json":
        try:
            handler("b")
        except Exception:
            print(json.dumps({"error": "internal", "detail": traceback.format_exc()}))
    else:
        db()
PY
python3 app/shop/orders.py raw 2> "$out/python-traceback.txt"
python3 app/shop/orders.py json > "$out/python-traceback.json"
python3 app/shop/orders.py sql 2> "$out/python-sqlite-integrity.txt"

# Node.js: a TypeError from a file, its err.stack in JSON (Express-style), and `node -e` ([eval] frames).
mkdir -p srv/api/src && cat > srv/api/src/server.js <<'JS'
function total(order) { return order.lines.reduce((s, l) => s + l.price, 0); }
function handle(req) { return total(req.body); }
try { handle({ body: {} }); }
catch (err) { console.log(JSON.stringify({ message: err.message, stack: err.stack })); console.error(err.stack); }
JS
node srv/api/src/server.js > "$out/node-typeerror.json" 2> "$out/node-typeerror.txt"
node -e 'const o = undefined; function f() { return o.id; } f();' 2> "$out/node-eval.txt"

# Java: printStackTrace of a wrapped exception (with "Caused by" and "... n more").
mkdir -p opt/shop/src/com/acme/orders && cat > opt/shop/src/com/acme/orders/OrderService.java <<'JAVA'
package com.acme.orders;
import java.io.PrintWriter;
import java.io.StringWriter;
public class OrderService {
  static String customerName(Object order) { return ((String) null).trim(); }
  static void place(Object order) {
    try { customerName(order); }
    catch (NullPointerException e) { throw new IllegalStateException("could not place order 42", e); }
  }
  public static void main(String[] args) {
    try { place(new Object()); }
    catch (RuntimeException e) { StringWriter w = new StringWriter(); e.printStackTrace(new PrintWriter(w)); System.out.print(w); }
  }
}
JAVA
javac -d opt/shop/classes opt/shop/src/com/acme/orders/OrderService.java && java -cp opt/shop/classes com.acme.orders.OrderService > "$out/java-wrapped.txt"

# Rust: a panic with RUST_BACKTRACE=1 (new "panicked at file:line:col:" format).
mkdir -p home/deploy/svc/src && cat > home/deploy/svc/src/main.rs <<'RS'
fn parse(v: &str) -> u32 { v.parse().unwrap() }
fn main() { println!("{}", parse("forty-two")); }
RS
rustc -g -o home/deploy/svc/svc "$work/home/deploy/svc/src/main.rs" 2>/dev/null && RUST_BACKTRACE=1 home/deploy/svc/svc 2> "$out/rust-panic.txt"

# Go: a nil-map panic with its goroutine dump.
mkdir -p home/deploy/gosvc && cat > home/deploy/gosvc/main.go <<'GO'
package main
type cache struct{ m map[string]int }
func (c *cache) put(k string) { c.m[k] = 1 }
func main() { c := &cache{}; c.put("order-42") }
GO
(cd home/deploy/gosvc && GOFLAGS=-mod=mod GO111MODULE=off go run main.go 2> "$out/go-panic.txt")

# PHP: an uncaught exception as text, as display_errors HTML, and a PDOException (pdo_sqlite).
mkdir -p var/www/html && cat > var/www/html/index.php <<'PHP'
<?php
function find_user($pdo, $id) { return $pdo->query("SELECT * FROM users WHERE id = " . $id)->fetch(); }
if (($argv[1] ?? '') === 'pdo') {
  $pdo = new PDO('sqlite::memory:', null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
  try { find_user($pdo, 7); } catch (PDOException $e) { echo json_encode(['error' => $e->getMessage(), 'file' => $e->getFile(), 'line' => $e->getLine()]); }
} else {
  function charge($amount) { throw new RuntimeException("card declined for amount $amount"); }
  charge(12);
}
PHP
php -d display_errors=stderr -d html_errors=0 -d log_errors=0 var/www/html/index.php 2> "$out/php-uncaught.txt"
php -d display_errors=1 -d html_errors=1 -d log_errors=0 var/www/html/index.php > "$out/php-uncaught.html"
php var/www/html/index.php pdo > "$out/php-pdo-sqlite.json"

# Ruby: NoMethodError with its backtrace.
mkdir -p srv/rails/app/models && cat > srv/rails/app/models/order.rb <<'RB'
class Order
  def initialize(customer) = @customer = customer
  def label = "#{@customer.upcase}-42"
end
def show = Order.new(nil).label
begin
  show
rescue => e
  $stderr.puts "#{e.backtrace.first}: #{e.message} (#{e.class})"
  e.backtrace.drop(1).each { |l| $stderr.puts "\tfrom #{l}" }
end
RB
ruby "$work/srv/rails/app/models/order.rb" 2> "$out/ruby-nomethod.txt"

# SQLite CLI errors.
sqlite3 :memory: 'CREATE TABLE t(id INTEGER PRIMARY KEY, email TEXT UNIQUE); INSERT INTO t(email) VALUES (1),(1);' 2> "$out/sqlite-cli.txt"
sqlite3 :memory: 'SELECT * FROM orders WHERE id = 1;' 2>> "$out/sqlite-cli.txt"
# Make the scratch prefix look like the server root it stands for.
sed -i -e "s#$work##g" -e "s#${work//\//\\\\/}##g" "$out"/*.txt "$out"/*.json "$out"/*.html
