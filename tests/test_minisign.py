"""minisign-format keys and signatures, checked against the real minisign binary both ways."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import subprocess
from pathlib import Path

import nacl.signing
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.crypto import minisign
from fieldkit.crypto.minisign import MinisignError

SEED = bytes(range(32))
COMMENT = "timestamp:1764600000\tfile:manifest.json\tpackage:transmittal-test"


def public(seed: bytes = SEED) -> bytes:
    return bytes(nacl.signing.SigningKey(seed).verify_key)


def run_minisign(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["minisign", *args], cwd=cwd, capture_output=True, check=False)


@pytest.fixture
def signed(tmp_path: Path) -> Path:
    (tmp_path / "hq.pub").write_bytes(minisign.public_key_file(public()))
    data = tmp_path / "manifest.json"
    data.write_bytes('{"format":"x","name":"Ганна"}'.encode())
    (tmp_path / "manifest.json.minisig").write_bytes(minisign.sign_file(SEED, data, COMMENT))
    return tmp_path


def test_the_public_key_file_has_minisign_layout() -> None:
    pk = public()
    text = minisign.public_key_file(pk).decode("ascii")
    comment, line, end = text.split("\n")
    key_id = hashlib.blake2b(minisign.KEY_ID_CONTEXT + pk, digest_size=8).digest()
    shown = key_id[::-1].hex().upper()  # minisign prints the id as a little-endian integer
    assert end == "" and comment == f"untrusted comment: minisign public key {shown}"
    assert base64.b64decode(line) == b"Ed" + key_id + pk
    assert minisign.key_id(pk) == key_id == minisign.key_id(public())  # deterministic
    assert minisign.key_id(public(bytes(32))) != key_id
    parsed = minisign.parse_public_key(text.encode())
    assert parsed.public_key == pk and parsed.key_id_hex == comment.rsplit(" ", 1)[1]


def test_stock_minisign_verifies_our_signature(signed: Path) -> None:
    ok = run_minisign("-V", "-H", "-p", "hq.pub", "-m", "manifest.json", cwd=signed)
    assert ok.returncode == 0, ok.stderr
    assert b"Signature and comment signature verified" in ok.stdout
    assert COMMENT.encode() in ok.stdout
    line = minisign.public_key_line(public())
    assert run_minisign("-V", "-H", "-P", line, "-m", "manifest.json", cwd=signed).returncode == 0
    sig = (signed / "manifest.json.minisig").read_bytes()
    lines = sig.split(b"\n")
    assert lines[0].startswith(b"untrusted comment: ") and lines[2].startswith(b"trusted comment: ")
    assert base64.b64decode(lines[1])[:2] == b"ED"


def test_tampering_fails_in_minisign_and_here(signed: Path) -> None:
    key = minisign.parse_public_key((signed / "hq.pub").read_bytes())
    data = signed / "manifest.json"
    sig_path = signed / "manifest.json.minisig"
    sig = sig_path.read_bytes()
    assert minisign.verify_file(key, data, sig) == COMMENT
    original = data.read_bytes()
    data.write_bytes(original + b" ")
    assert run_minisign("-V", "-H", "-p", "hq.pub", "-m", "manifest.json", cwd=signed).returncode
    with pytest.raises(MinisignError, match="does not verify"):
        minisign.verify_file(key, data, sig)
    data.write_bytes(original)
    forged = sig.replace(b"package:transmittal-test", b"package:transmittal-TEST")
    sig_path.write_bytes(forged)
    bad = run_minisign("-V", "-H", "-p", "hq.pub", "-m", "manifest.json", cwd=signed)
    assert bad.returncode != 0 and b"Comment signature verification failed" in bad.stderr
    with pytest.raises(MinisignError, match="trusted comment"):
        minisign.verify_file(key, data, forged)
    other = minisign.parse_public_key(minisign.public_key_file(public(bytes(32))))
    with pytest.raises(MinisignError, match="made with key"):
        minisign.verify_file(other, data, sig)


def test_our_verifier_accepts_stock_minisign_signatures(tmp_path: Path) -> None:
    made = run_minisign("-G", "-W", "-p", "stock.pub", "-s", "stock.key", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    data = tmp_path / "big.bin"
    data.write_bytes(os.urandom(3 << 20))
    signed = run_minisign("-S", "-s", "stock.key", "-m", "big.bin", "-t", "from the stock tool",
                          cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    pub_bytes = (tmp_path / "stock.pub").read_bytes()
    key = minisign.parse_public_key(pub_bytes)
    # minisign prints key ids the way key_id_hex does.
    assert pub_bytes.split(b"\n")[0].decode().endswith(key.key_id_hex)
    sig = (tmp_path / "big.bin.minisig").read_bytes()
    assert minisign.verify_file(key, data, sig) == "from the stock tool"
    legacy = run_minisign("-S", "-l", "-s", "stock.key", "-m", "big.bin", "-x", "legacy.minisig",
                          cwd=tmp_path)
    assert legacy.returncode == 0, legacy.stderr
    with pytest.raises(MinisignError, match="legacy"):
        minisign.verify_file(key, data, (tmp_path / "legacy.minisig").read_bytes())


def test_streamed_and_in_memory_signatures_are_identical(tmp_path: Path) -> None:
    data = os.urandom(2_500_000)
    path = tmp_path / "f"
    path.write_bytes(data)
    assert minisign.sign_file(SEED, path, "c") == minisign.sign_bytes(SEED, data, "c")
    with path.open("rb") as handle:
        assert minisign.blake2b_file(handle) == hashlib.blake2b(data, digest_size=64).digest()


def test_comments_that_minisign_would_mangle_are_refused() -> None:
    for comment in ("two\nlines", "carriage\rreturn", "nul\x00", "x" * 9000, "sep\u2028x"):
        with pytest.raises(MinisignError):
            minisign.sign_bytes(SEED, b"data", comment)
    with pytest.raises(MinisignError):
        minisign.sign_bytes(b"short", b"data", "c")


def _mutations(sig: bytes) -> list[bytes]:
    lines = sig.split(b"\n")
    raw = base64.b64decode(lines[1])
    return [
        b"",
        sig[:-1],  # last line not ended
        sig + b"extra\n",
        b"\n".join(lines[1:]),
        sig.replace(b"untrusted comment: ", b"untrusted comment- "),
        sig.replace(b"trusted comment: ", b"trusted: "),
        b"\n".join([lines[0], lines[1] + b"=", *lines[2:]]),
        b"\n".join([lines[0], lines[1][:-4], *lines[2:]]),
        b"\n".join([lines[0], base64.b64encode(b"Ed" + raw[2:]), *lines[2:]]),
        b"\n".join([lines[0], base64.b64encode(b"XX" + raw[2:]), *lines[2:]]),
        b"\n".join([lines[0], lines[1].replace(b"+", b"-"), *lines[2:]]),
        b"\n".join([lines[0], lines[1], lines[2] + b"\x1b[2J", lines[3], b""]),
        b"\n".join([lines[0], lines[1], lines[2], lines[3][:-2], b""]),
        b"\n".join([lines[0], lines[1], b"trusted comment: " + b"x" * 9000, lines[3], b""]),
        b"\xff" + sig,
        sig * 20,
    ]


def test_hostile_signature_files_are_refused(signed: Path) -> None:
    key = minisign.parse_public_key((signed / "hq.pub").read_bytes())
    data = (signed / "manifest.json").read_bytes()
    sig = (signed / "manifest.json.minisig").read_bytes()
    assert minisign.verify_bytes(key, data, sig.replace(b"\n", b"\r\n")) == COMMENT
    for bad in _mutations(sig):
        assert bad != sig
        with pytest.raises(MinisignError):
            minisign.verify_bytes(key, data, bad)


def test_hostile_public_key_files_are_refused() -> None:
    good = minisign.public_key_file(public())
    comment, line, _ = good.split(b"\n")
    raw = base64.b64decode(line)
    for bad in (
        b"",
        comment + b"\n",
        good + b"more\n",
        comment + b"\n" + line,
        comment + b"\n" + base64.b64encode(b"ED" + raw[2:]) + b"\n",
        comment + b"\n" + base64.b64encode(raw[:-1]) + b"\n",
        comment + b"\n" + line + b"AAAA\n",
        b"comment: x\n" + line + b"\n",
        b"untrusted comment: " + b"x" * 3000 + b"\n" + line + b"\n",
    ):
        with pytest.raises(MinisignError):
            minisign.parse_public_key(bad)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_parsers_only_raise_minisign_errors(untrusted: bytes) -> None:
    for parse in (minisign.parse_signature, minisign.parse_public_key):
        with contextlib.suppress(MinisignError):
            parse(untrusted)


def test_key_ids_are_shown_without_leading_zeros_as_minisign_does() -> None:
    # minisign prints the little-endian integer with PRIX64: no zero padding.
    assert minisign.key_id_hex(bytes([0xAA, 0x13, 0xE0, 0x0F, 0xE0, 0xA7, 0x9B, 0x0A])) == (
        "A9BA7E00FE013AA"
    )
    assert minisign.key_id_hex(bytes([1, 0, 0, 0, 0, 0, 0, 0])) == "1"
    assert minisign.key_id_hex(bytes(range(1, 9))) == "807060504030201"
