// A recording with defects: the build fails on the errors, names them in the log, and the reports
// (written before failing) hold every finding with its exchange id.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// Each finding is one console line: where (file:line of the entry, method, URL, status), severity, rule.
assert log.contains('[WARNING] recorded/orders.ndjson:2 POST https://api.example.com/orders -> 201 [warning] created-location:')
assert log.contains('[ERROR] recorded/orders.ndjson:3 GET https://api.example.com/search?q=tea -> 429 [error] rate-limit-retry-after:')
assert log.contains('[ERROR] recorded/orders.ndjson:4 DELETE https://api.example.com/orders/42 -> 204 [error] no-content-body:')
// The warning alone would not fail the build: only the two errors count against failOn=error.
assert log =~ /statuslint: 2 finding\(s\) at or above error \(failOn\); see target\/statuslint\/statuslint\.txt/

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/statuslint/statuslint.json'))
def rules = json.findings.collect { it.rule } as Set
assert rules.containsAll(['created-location', 'rate-limit-retry-after', 'no-content-body'])
assert json.findings.find { it.rule == 'rate-limit-retry-after' }.location.exchangeId == 'f-3'

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/statuslint/statuslint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.size() == json.findings.size()
return true
