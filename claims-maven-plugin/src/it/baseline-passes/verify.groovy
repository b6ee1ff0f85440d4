// The contradiction is in the baseline: the build passes and SARIF marks the finding unchanged.
def sarif = new File(basedir, 'target/claims/report.sarif').text
assert sarif.contains('"baselineState" : "unchanged"')
assert !sarif.contains('"baselineState" : "new"')
def log = new File(basedir, 'build.log').text
assert log.contains('1 known findings not shown')
assert log.contains('BUILD SUCCESS')
return true
