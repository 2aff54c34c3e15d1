#!/usr/bin/env python3
"""A FHIR intake server for Pamphlet's end-to-end tests (issue 12).

Accepts POST <anything>/QuestionnaireResponse, validates the body with
fhir.resources' R4B model (R4B's QuestionnaireResponse is R4's) and checks its
linkIds against the shipped Questionnaire; honours If-None-Exist on
`identifier=<system>|<value>` (200 with the stored one, no new copy). Every
valid POST is appended to --record as one JSON line {identifier, id, created},
so a test counts what the server really received, and any repeat. Invalid resources get 400 with an
OperationOutcome.

Misbehaviour on demand, from --mode-file (re-read for each request; one word):
ok, 500, 400, hang (never answers), drop (closes the connection unanswered),
accept-then-drop (stores the resource, then closes without answering), or
"flaky" (a random one of ok/500/drop/accept-then-drop, seeded by --seed).

Serves plain HTTP on 127.0.0.1, or HTTPS with --cert/--key. Prints its port on
the first line of standard output once it listens (--port 0 picks a free one).
"""
import argparse
import http.server
import json
import os
import random
import socket
import ssl
import sys
import threading
import uuid

from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

LOCK = threading.Lock()
STORE = {}  # identifier "system|value" -> id


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--record", required=True)
    parser.add_argument("--mode-file", required=True)
    parser.add_argument("--questionnaire", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    questionnaire = json.load(open(args.questionnaire))
    link_ids = {item["linkId"]: item["type"] for item in questionnaire["item"]}
    chance = random.Random(args.seed)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass  # the bodies hold test patients' answers; nothing is logged

        def answer(self, status, body, headers=()):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/fhir+json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def outcome(self, status, text):
            self.answer(status, {"resourceType": "OperationOutcome",
                                 "issue": [{"severity": "error", "code": "invalid", "diagnostics": text}]})

        def drop(self):
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            try:
                mode = open(args.mode_file).read().strip() or "ok"
            except OSError:
                mode = "ok"
            if mode == "flaky":
                with LOCK:
                    mode = chance.choice(["ok", "ok", "500", "drop", "accept-then-drop"])
            if mode == "hang":
                threading.Event().wait(3600)
                return
            if mode == "drop":
                return self.drop()
            if mode == "500":
                return self.outcome(500, "the intake database is down (test)")
            if mode == "400":
                return self.outcome(400, "this clinic does not take consult requests here (test)")
            if not self.path.rstrip("/").endswith("/QuestionnaireResponse"):
                return self.outcome(404, "POST to .../QuestionnaireResponse")
            try:
                resource = json.loads(body)
                response = QuestionnaireResponse.model_validate(resource)
            except Exception as error:  # a validation failure is the client's fault: 400
                return self.outcome(400, "not a valid R4 QuestionnaireResponse: %s" % str(error)[:400])
            problems = check(resource, response, questionnaire["url"], link_ids)
            if problems:
                return self.outcome(400, "; ".join(problems))
            identifier = "%s|%s" % (response.identifier.system, response.identifier.value)
            condition = self.headers.get("If-None-Exist", "")
            if condition != "identifier=" + identifier:
                return self.outcome(400, "If-None-Exist must be identifier=" + identifier)
            with LOCK:
                existing = STORE.get(identifier)
                if existing is None:
                    existing = STORE[identifier] = str(uuid.uuid4())
                    created = True
                else:
                    created = False
                # Every valid POST, so a test sees a repeat (found by If-None-Exist) as well as a create.
                with open(args.record, "a") as record:
                    record.write(json.dumps({"identifier": identifier, "id": existing, "created": created}) + "\n")
            if mode == "accept-then-drop":
                return self.drop()
            location = "QuestionnaireResponse/%s/_history/1" % existing
            resource["id"] = existing
            self.answer(201 if created else 200, resource, [("Location", location)])

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


def check(resource, response, canonical, link_ids):
    """What fhir.resources cannot know: this Questionnaire's linkIds and answer types."""
    problems = []
    if response.status != "completed":
        problems.append("status must be completed")
    if response.questionnaire != canonical:
        problems.append("questionnaire must be " + canonical)
    if not response.authored:
        problems.append("authored is missing")
    kinds = {"string": "valueString", "text": "valueString", "boolean": "valueBoolean", "choice": "valueCoding"}
    for item in resource.get("item", []):
        kind = link_ids.get(item.get("linkId"))
        if kind is None:
            problems.append("unknown linkId %r" % item.get("linkId"))
            continue
        for answer in item.get("answer", []):
            if list(answer) != [kinds[kind]]:
                problems.append("%s needs %s" % (item["linkId"], kinds[kind]))
    return problems


if __name__ == "__main__":
    sys.exit(main())
