#!/usr/bin/env python3
"""Validates `termflow check --format sarif` against SARIF 2.1.0's JSON schema (the test oracle for
the SARIF output; tooling only, the product never runs Python).

The schema below is the part of the OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json) for every object
termflow writes: sarifLog, run, tool, toolComponent, reportingDescriptor, result, message, location,
physicalLocation, artifactLocation, region, fix, artifactChange, replacement, artifactContent. Each
definition keeps the official required fields, value constraints and `additionalProperties: false`,
and lists only the properties termflow uses, so it is stricter than the official schema: a log valid
here is valid there.

usage: tools/check_sarif.py TERMFLOW FILE.flow...   (runs `TERMFLOW check --format sarif` on each file)
"""
import json
import subprocess
import sys

import jsonschema

D = "#/definitions/"
SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "additionalProperties": False,
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"enum": ["2.1.0"]},
        "runs": {"type": "array", "minItems": 0, "items": {"$ref": D + "run"}},
    },
    "definitions": {
        "run": {
            "type": "object", "additionalProperties": False, "required": ["tool"],
            "properties": {
                "tool": {"$ref": D + "tool"},
                "results": {"type": "array", "minItems": 0, "items": {"$ref": D + "result"}},
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
            },
        },
        "tool": {
            "type": "object", "additionalProperties": False, "required": ["driver"],
            "properties": {"driver": {"$ref": D + "toolComponent"}},
        },
        "toolComponent": {
            "type": "object", "additionalProperties": False, "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "version": {"type": "string"},
                "rules": {"type": "array", "minItems": 0, "uniqueItems": True, "items": {"$ref": D + "reportingDescriptor"}},
            },
        },
        "reportingDescriptor": {
            "type": "object", "additionalProperties": False, "required": ["id"],
            "properties": {"id": {"type": "string"}},
        },
        "result": {
            "type": "object", "additionalProperties": False, "required": ["message"],
            "properties": {
                "ruleId": {"type": "string"},
                "ruleIndex": {"type": "integer", "minimum": -1},
                "level": {"enum": ["none", "note", "warning", "error"]},
                "message": {"$ref": D + "message"},
                "locations": {"type": "array", "minItems": 0, "items": {"$ref": D + "location"}},
                "relatedLocations": {"type": "array", "minItems": 0, "uniqueItems": True, "items": {"$ref": D + "location"}},
                "fixes": {"type": "array", "minItems": 0, "uniqueItems": True, "items": {"$ref": D + "fix"}},
            },
        },
        "message": {
            "type": "object", "additionalProperties": False,
            "properties": {"text": {"type": "string"}},
            "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
        },
        "location": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "id": {"type": "integer", "minimum": -1},
                "physicalLocation": {"$ref": D + "physicalLocation"},
                "message": {"$ref": D + "message"},
            },
        },
        "physicalLocation": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "artifactLocation": {"$ref": D + "artifactLocation"},
                "region": {"$ref": D + "region"},
            },
            "anyOf": [{"required": ["address"]}, {"required": ["artifactLocation"]}],
        },
        "artifactLocation": {
            "type": "object", "additionalProperties": False,
            "properties": {"uri": {"type": "string", "format": "uri-reference"}},
        },
        "region": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "startLine": {"type": "integer", "minimum": 1},
                "startColumn": {"type": "integer", "minimum": 1},
                "endLine": {"type": "integer", "minimum": 1},
                "endColumn": {"type": "integer", "minimum": 1},
            },
        },
        "fix": {
            "type": "object", "additionalProperties": False, "required": ["artifactChanges"],
            "properties": {
                "description": {"$ref": D + "message"},
                "artifactChanges": {"type": "array", "minItems": 1, "items": {"$ref": D + "artifactChange"}},
            },
        },
        "artifactChange": {
            "type": "object", "additionalProperties": False, "required": ["artifactLocation", "replacements"],
            "properties": {
                "artifactLocation": {"$ref": D + "artifactLocation"},
                "replacements": {"type": "array", "minItems": 1, "items": {"$ref": D + "replacement"}},
            },
        },
        "replacement": {
            "type": "object", "additionalProperties": False, "required": ["deletedRegion"],
            "properties": {
                "deletedRegion": {"$ref": D + "region"},
                "insertedContent": {"$ref": D + "artifactContent"},
            },
        },
        "artifactContent": {
            "type": "object", "additionalProperties": False,
            "properties": {"text": {"type": "string"}},
        },
    },
}


def main():
    termflow, files = sys.argv[1], sys.argv[2:]
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    results = 0
    for f in files:
        out = subprocess.run([termflow, "check", "--format", "sarif", f], capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"{f}: termflow exited {out.returncode}: {out.stderr}")
        log = json.loads(out.stdout)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"{f}: {'/'.join(map(str, e.path))}: {e.message}")
        if errors:
            sys.exit(1)
        for r in log["runs"][0].get("results", []):
            # A result names a rule the driver lists, at the index it gives.
            rules = log["runs"][0]["tool"]["driver"]["rules"]
            assert rules[r["ruleIndex"]]["id"] == r["ruleId"], (f, r["ruleId"])
            results += 1
    print(f"{len(files)} SARIF logs valid against SARIF 2.1.0, {results} results")


if __name__ == "__main__":
    main()
