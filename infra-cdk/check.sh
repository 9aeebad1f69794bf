#!/usr/bin/env bash
# Checks the CDK app the way CI does, after `mvn -B verify` (which compiles the app, writes its classpath to
# target/cdk-classpath.txt, builds functions/target/datamind.jar and runs the template tests):
#   1. `cdk synth` with the pinned CLI (package-lock.json) — offline, no AWS credentials; cdk-nag's AwsSolutions
#      pack runs as an aspect and any unsuppressed error fails the synthesis;
#   2. cfn-lint on the synthesised template (settings in .cfnlintrc.yaml);
#   3. a summary of cdk-nag's report.
# Extra arguments go to `cdk synth`, e.g. `bash infra-cdk/check.sh -c distributedMap=true`.
set -euo pipefail
cd "$(dirname "$0")"

[ -f target/cdk-classpath.txt ] || { echo "run 'mvn -B verify' (or 'mvn -B package') first" >&2; exit 1; }
if [ ! -x node_modules/.bin/cdk ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
export CDK_DISABLE_VERSION_CHECK=true  # no update check against the registry on every call
rm -rf cdk.out
echo "--- cdk synth (cdk-nag AwsSolutions)"
npx --no-install cdk synth --quiet --no-notices "$@"

CFN_LINT="$(command -v cfn-lint || echo "$HOME/.pyenv/shims/cfn-lint")"
echo "--- $("$CFN_LINT" --version) on $(ls cdk.out/*.template.json)"
"$CFN_LINT"
echo "cfn-lint: no errors or warnings"

python3 - <<'PY'
import csv, collections, glob
for report in glob.glob("cdk.out/AwsSolutions-*-NagReport.csv"):
    rows = list(csv.DictReader(open(report)))
    by = collections.Counter(row["Compliance"] for row in rows)
    unsuppressed = [r for r in rows if r["Compliance"] == "Non-Compliant"]
    print(f"cdk-nag {report}: {len(rows)} rule checks, {by['Compliant']} compliant, "
          f"{by['Suppressed']} suppressed with a reason, {len(unsuppressed)} non-compliant")
    for r in unsuppressed:
        print(f"  {r['Rule Level']} {r['Rule ID']} {r['Resource ID']}")
    if any(r["Rule Level"] == "Error" for r in unsuppressed):
        raise SystemExit("cdk-nag: unsuppressed errors")
PY
