// The build failed on the planted contradiction, and the reports were written first.
def sarif = new File(basedir, 'target/claims/report.sarif')
assert sarif.isFile() : 'report.sarif written'
assert sarif.text.contains('"ruleId" : "date-mismatch"')
def log = new File(basedir, 'build.log').text
assert log.contains('claims: findings at --fail-on contradiction')
assert log.contains('BUILD FAILURE')
return true
