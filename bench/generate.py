#!/usr/bin/env python3
"""Writes the benchmark inputs: a large OpenAPI document with API Gateway
integrations (paths x 3 operations), and many small GAL configs."""
import json, os, sys

def openapi(paths):
    doc = {"openapi": "3.0.1", "info": {"title": "bench", "version": "1.0"}, "paths": {},
           "x-amazon-apigateway-endpoint-configuration": {"types": ["REGIONAL"]}}
    for i in range(paths):
        item = {"parameters": [{"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}}]}
        for m in ("get", "put", "delete"):
            item[m] = {
                "summary": "Operation %s on service %d, with a description long enough to look real" % (m, i),
                "operationId": "%s%d" % (m, i),
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                                                     "tags": {"type": "array", "items": {"type": "string"}}}}}}}},
                "x-amazon-apigateway-integration": {
                    "type": "http_proxy", "httpMethod": m.upper(), "uri": "https://svc%d.example.com/items/{itemId}" % i,
                    "requestParameters": {"integration.request.path.itemId": "method.request.path.itemId"},
                    "passthroughBehavior": "when_no_match", "timeoutInMillis": 10000, "connectionType": "INTERNET"}}
        doc["paths"]["/svc%04d/items/{itemId}" % i] = item
    return json.dumps(doc, indent=2)

def main():
    """generate.py OUT [--only NAME]: all inputs, or only the one named."""
    out = sys.argv[1]
    only = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--only" else None
    os.makedirs(out, exist_ok=True)
    for name, paths in (("openapi-1x.json", 750), ("openapi-4x.json", 3000), ("openapi-16x.json", 12000)):
        if only in (None, name):
            with open(os.path.join(out, name), "w") as f:
                f.write(openapi(paths))
    if only is not None:
        return
    example = open(os.path.join(os.path.dirname(__file__), "..", "examples", "lambda-authorizer.yaml")).read()
    configs = os.path.join(out, "configs")
    for i in range(1000):
        d = os.path.join(configs, "team%02d" % (i % 40))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "api-%04d.yaml" % i), "w") as f:
            f.write(example.replace("orders-api", "orders-api-%d" % i))

main()
