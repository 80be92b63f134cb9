#!/usr/bin/env bash
# Sourced by the plan tests. make_aws_stub DIR puts an `aws` into DIR/bin that stands in for
# the AWS CLI: `sts get-caller-identity` answers 123456789012; every other call is run by
# Debian's real awscli (its Python driver, kept loaded in one server process, because starting
# awscli once per call takes seconds) against a dead local endpoint, http://127.0.0.1:9, in the
# caller's working directory. awscli parses and validates the arguments, reads any file://
# document, then fails to connect: status 255. The stub logs the real status and the arguments
# (a JSON list) to DIR/calls.log and returns 0, so a plan runs to its end. Status 2 or 252 means
# awscli rejected the arguments.
#
# With SLIM_STUB_REQUIRE_ENDPOINT=1 a call without --endpoint-url is logged as status
# "noendpoint" (the plan must pass $AWS_ENDPOINT_URL on); otherwise the stub adds the endpoint.
stub_python=/usr/bin/python3
[ -x "$stub_python" ] || stub_python=python3
stub_pids=()

make_aws_stub() {
  local dir=$1
  mkdir -p "$dir/bin"
  : > "$dir/calls.log"
  mkfifo "$dir/request" "$dir/response"
  cat > "$dir/server.py" <<'PY'
import contextlib, io, json, os, sys
from awscli.clidriver import create_clidriver

request, response = sys.argv[1], sys.argv[2]
driver = create_clidriver()
while True:
    with open(request) as f:
        message = json.loads(f.read())
    if message is None:
        break
    os.chdir(message["cwd"])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = driver.main(message["args"])
        except SystemExit as e:
            status = e.code
    with open(response, "w") as f:
        f.write(json.dumps({"status": status, "err": err.getvalue()}))
PY
  AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x AWS_DEFAULT_REGION=us-east-1 AWS_MAX_ATTEMPTS=1 \
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_PAGER= \
    "$stub_python" "$dir/server.py" "$dir/request" "$dir/response" &
  stub_pids+=($!)
  cat > "$dir/bin/aws" <<PY
#!$stub_python
import json, os, sys
dir = $(printf '%s' "$dir" | "$stub_python" -c 'import json,sys; print(json.dumps(sys.stdin.read()))')
PY
  cat >> "$dir/bin/aws" <<'PY'
args = sys.argv[1:]
if args[:2] == ["sts", "get-caller-identity"]:
    print("123456789012")
    sys.exit(0)
log = open(os.path.join(dir, "calls.log"), "a")
if "--endpoint-url" not in args:
    if os.environ.get("SLIM_STUB_REQUIRE_ENDPOINT") == "1":
        log.write("noendpoint\t" + json.dumps(args) + "\n")
        sys.exit(0)
    args += ["--endpoint-url", "http://127.0.0.1:9"]
with open(os.path.join(dir, "request"), "w") as f:
    f.write(json.dumps({"cwd": os.getcwd(), "args": args + ["--cli-connect-timeout", "2", "--cli-read-timeout", "2"]}))
with open(os.path.join(dir, "response")) as f:
    answer = json.loads(f.read())
log.write(f"{answer['status']}\t{json.dumps(sys.argv[1:])}\n")
if answer["status"] != 255:
    log.write("".join("    " + line + "\n" for line in answer["err"].splitlines()))
# Answers for the plan's policy-version housekeeping: five versions exist, v1 is the oldest.
if "list-policy-versions" in args:
    print(5 if "length(Versions)" in args else "v1")
PY
  chmod +x "$dir/bin/aws"
}

# Stops the awscli servers make_aws_stub started.
stop_aws_stubs() {
  local pid
  for pid in "${stub_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}

# check_stub_log DIR MIN: every logged call got 255 and there were at least MIN calls.
check_stub_log() {
  local log=$1/calls.log min=$2 total bad
  total=$(grep -c $'^[^ ]*\t' "$log" || true)
  bad=$(grep -v $'^255\t' "$log" | grep -c $'^[^ ]*\t' || true)
  if [ "$bad" != 0 ]; then
    echo "awscli rejected arguments (or no endpoint was passed) in $bad of $total calls:" >&2
    grep -v $'^255\t' "$log" >&2
    return 1
  fi
  if [ "$total" -lt "$min" ]; then
    echo "expected at least $min aws calls, saw $total" >&2
    cat "$log" >&2
    return 1
  fi
  echo "$total aws calls, every one accepted by awscli (exit 255: no connection)"
}

# stub_got DIR VALUE: some call received VALUE as one argument, exactly.
stub_got() {
  "$stub_python" - "$1/calls.log" "$2" <<'PY' || { echo "awscli never got the argument ${2@Q} verbatim" >&2; cat "$1/calls.log" >&2; return 1; }
import json, sys
calls = [json.loads(line.split("\t", 1)[1]) for line in open(sys.argv[1]) if "\t" in line and not line.startswith(" ")]
sys.exit(0 if any(sys.argv[2] in args for args in calls) else 1)
PY
}
