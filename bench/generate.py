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

def gal_config(services):
    """A GAL config with services x 10 routes, each service with its own upstream."""
    lines = ['version: "1.0"', "provider: aws_apigateway", "global_config:", "  aws_apigateway:",
             '    api_name: "bench-api"', '    endpoint_type: "REGIONAL"', '    stage_name: "prod"',
             '    integration_type: "HTTP_PROXY"', "    integration_timeout_ms: 10000", "    cors_enabled: true",
             '    cors_allow_origins: ["https://app.example.com"]',
             '    cors_allow_methods: [GET, POST, PUT, DELETE, OPTIONS]', "services:"]
    for i in range(services):
        lines += ["  - name: svc%04d" % i, "    type: rest", "    protocol: https", "    upstream:",
                  "      host: svc%d.example.com" % i, "      port: 443", "    routes:"]
        for r in range(5):
            lines += ["      - path_prefix: /svc%04d/r%d" % (i, r), "        methods: [GET, POST]",
                      "      - path_prefix: /svc%04d/r%d/{id}" % (i, r), "        methods: [GET, PUT, DELETE]"]
    return "\n".join(lines) + "\n"

def main():
    """generate.py OUT [--only NAME]: all inputs, or only the one named."""
    out = sys.argv[1]
    only = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--only" else None
    os.makedirs(out, exist_ok=True)
    for name, paths in (("openapi-1x.json", 750), ("openapi-4x.json", 3000), ("openapi-16x.json", 12000)):
        if only in (None, name):
            with open(os.path.join(out, name), "w") as f:
                f.write(openapi(paths))
    for name, services in (("gal-1x.yaml", 50), ("gal-4x.yaml", 200), ("gal-16x.yaml", 800)):
        if only in (None, name):
            with open(os.path.join(out, name), "w") as f:
                f.write(gal_config(services))
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
