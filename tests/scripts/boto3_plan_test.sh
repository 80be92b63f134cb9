#!/usr/bin/env bash
# The boto3 plan (`slim-lint plan --remediation sdk`) runs to its end against botocore's
# Stubber with parameter validation on: every call's parameters validate against the service
# model, and the plan makes the same IAM calls, in the same order, as the bash plan. Runs the
# plan of service_roles/ and the goldens in test_data/scenarios/plan-*/.
. "$(dirname "$(realpath "${BASH_SOURCE[0]}")")/test_env.sh" "$1"

"$slim" plan --no-config --remediation sdk service_roles/ > "$work/service_roles.py"
"$slim" plan --no-config service_roles/ > "$work/service_roles.sh"
pairs=("$work/service_roles.py:$work/service_roles.sh")
for golden in "$(pwd)"/test_data/scenarios/plan-*/expected.py; do pairs+=("$golden:${golden%.py}.sh"); done

for pair in "${pairs[@]}"; do
  (cd "$work" && AWS_ENDPOINT_URL=http://127.0.0.1:9 "$python" - "${pair%%:*}" "${pair#*:}") <<'PY'
import datetime, runpy, sys

import boto3
import botocore.session
from botocore import xform_name
from botocore.stub import Stubber

script, bash_plan = sys.argv[1], sys.argv[2]
calls, stubbers = [], []


def minimal(shape, depth=0):
    """A value of `shape` that passes botocore's validation, for stubbed responses."""
    kind = shape.type_name
    if kind == "structure":
        return {name: minimal(shape.members[name], depth + 1) for name in shape.required_members}
    if kind == "list":
        return [minimal(shape.member, depth + 1) for _ in range(shape.metadata.get("min", 0))]
    if kind == "map":
        return {}
    if kind == "string":
        return "A" * max(16, shape.metadata.get("min", 0))
    if kind in ("integer", "long"):
        return max(1, shape.metadata.get("min", 0))
    if kind == "boolean":
        return False
    if kind == "timestamp":
        return datetime.datetime(2020, 1, 1)
    if kind in ("double", "float"):
        return 1.0
    if kind == "blob":
        return b"x"
    raise AssertionError(kind)


def response(model):
    if model.name == "GetCallerIdentity":
        return {"Account": "123456789012"}
    if model.name == "ListPolicyVersions":
        # Five versions: the plan must delete the oldest non-default one (v2) first.
        return {"Versions": [
            {"VersionId": f"v{i}", "IsDefaultVersion": i == 1, "CreateDate": datetime.datetime(2020, 1, i)}
            for i in range(1, 6)]}
    return minimal(model.output_shape) if model.output_shape else {}


def client(service, endpoint_url=None, **kwargs):
    assert endpoint_url == "http://127.0.0.1:9", f"the plan did not pass AWS_ENDPOINT_URL on: {endpoint_url!r}"
    session = botocore.session.get_session()
    c = session.create_client(service, region_name="us-east-1", endpoint_url=endpoint_url,
                              aws_access_key_id="x", aws_secret_access_key="x")
    assert c.meta.config.parameter_validation
    stubber = Stubber(c)

    def queue(params, model, **_):
        # Queue a response for whatever the plan calls; Stubber checks nothing about the
        # parameters (expected_params=None), botocore's validation after this event does.
        stubber.add_response(xform_name(model.name), response(model), None)
        calls.append((service, model.name, dict(params)))

    c.meta.events.register("provide-client-params.*.*", queue)
    stubber.activate()
    stubbers.append(stubber)
    return c


boto3.client = client
runpy.run_path(script, run_name="__main__")
for stubber in stubbers:
    stubber.assert_no_pending_responses()

# The same IAM calls as the bash plan, in the same order (the housekeeping aside).
def camel(operation):
    return "".join(part.capitalize() for part in operation.split("-"))

housekeeping = {"GetCallerIdentity", "ListPolicyVersions", "DeletePolicyVersion"}
made = [name for service, name, _ in calls if name not in housekeeping]
expected = []
for line in open(bash_plan):
    if line.startswith("aws "):
        expected.append(camel(line.split()[2]))
assert made == expected, f"boto3 plan calls {made}, bash plan calls {expected}"
if "make_room_for_policy_version(" in open(script).read():
    deleted = [p for _, name, p in calls if name == "DeletePolicyVersion"]
    assert deleted and all(p["VersionId"] == "v2" for p in deleted), deleted
print(f"{script}: {len(calls)} boto3 calls, every one valid")
PY
done
