// A spec with mistakes: the build fails on the errors, each finding is a log line pointing at the
// spec's file and line, and the reports (written before failing) hold every finding.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /\[WARNING\] src\/main\/openapi\/orders-api\.yaml:10:\d+ POST \/orders -> 201 \[warning\] created-location:/
assert log =~ /\[ERROR\] src\/main\/openapi\/orders-api\.yaml:26:\d+ GET \/search -> 429 \[error\] rate-limit-retry-after:/
assert log =~ /\[ERROR\] src\/main\/openapi\/orders-api\.yaml:38:\d+ POST \/brew -> 418 \[error\] status-teapot:/
assert log =~ /statuslint: 2 finding\(s\) at or above error \(failOn\); see target\/statuslint\/statuslint\.txt/

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/statuslint/statuslint.json'))
def byRule = json.findings.groupBy { it.rule }
assert byRule.keySet().containsAll(['created-location', 'rate-limit-retry-after', 'status-teapot'])
assert byRule['rate-limit-retry-after'][0].location.pointer == '/paths/~1search/get/responses/429'

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/statuslint/statuslint.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == json.findings.size()
assert results.every { it.locations[0].physicalLocation.region.startLine > 0 }
return true
