#!/usr/bin/env python3
"""Independent variant seeds: the first 8 bytes (big-endian) of HMAC-SHA256(salt, assignment NUL student),
computed with Python's hmac module. Output: golden/variant_seeds.txt (VariantSeedTests reads it)."""
import hashlib
import hmac

SALT = b"0123456789abcdef-test-salt"
for assignment, student in [("in5400-w10-family", "s001"), ("in5400-w10-family", "s002"), ("a", "b")]:
    code = hmac.new(SALT, assignment.encode() + b"\0" + student.encode(), hashlib.sha256).digest()
    print(assignment, student, code[:8].hex())
