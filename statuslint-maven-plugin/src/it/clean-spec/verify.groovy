// A spec that follows the guide: the build passes and still writes every requested report.
def log = new File(basedir, 'build.log').text
assert log.contains('statuslint: 0 findings (0 errors, 0 warnings, 0 info) in 1 input(s)')
assert log.contains('BUILD SUCCESS')
['statuslint.txt', 'statuslint.sarif', 'statuslint.json', 'statuslint.html'].each {
  assert new File(basedir, "target/statuslint/$it").isFile() : "missing report $it"
}
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/statuslint/statuslint.json'))
assert json.findings.isEmpty()
return true
