"""The bundle container (docs/bundle-format.md sections 3, 6 and 7).

Real libsodium throughout, nothing mocked. Hostile files are built by hand
from the spec with raw libsodium calls (``_forge``) and signed with the test
sender key, so each one passes every check before the one it targets.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nacl.signing
import pytest
from nacl import bindings as sodium

from fieldkit.crypto.bundle import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_MAX_BUNDLE_BYTES,
    HEADER_BYTES,
    MAGIC,
    MAX_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    RECIPIENT_CLINICAL,
    RECIPIENT_HQ,
    SIGNATURE_BYTES,
    BundleHeader,
    BundleRejected,
    BundleWriter,
    ciphertext_size,
    decrypt_payload,
    open_file_key,
    read_header,
    signature_of,
    verify_signature,
    write_bundle_file,
)
from fieldkit.domain.errors import FieldKitError

C = 4096
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_PUSH = sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH
TAG_REKEY = sodium.crypto_secretstream_xchacha20poly1305_TAG_REKEY
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
HEADER = struct.Struct(">8sBBH32s32s80sIQ24s")
POSIX = os.name == "posix"

# Header field offsets (section 3.1).
OFF_KIND, OFF_RESERVED, OFF_SENDER, OFF_RECIPIENT, OFF_SEALED = 9, 10, 12, 44, 76
OFF_CHUNK, OFF_LENGTH, OFF_STREAM = 156, 160, 168


@dataclass(frozen=True)
class Keys:
    sender_seed: bytes
    sender_public: bytes
    recipient_public: bytes
    recipient_secret: bytes
    other_seed: bytes
    other_public: bytes
    other_box_public: bytes
    other_box_secret: bytes


@pytest.fixture(scope="module")
def keys() -> Keys:
    sender = nacl.signing.SigningKey.generate()
    other = nacl.signing.SigningKey.generate()
    recipient_public, recipient_secret = sodium.crypto_box_keypair()
    other_box_public, other_box_secret = sodium.crypto_box_keypair()
    return Keys(
        bytes(sender),
        bytes(sender.verify_key),
        recipient_public,
        recipient_secret,
        bytes(other),
        bytes(other.verify_key),
        other_box_public,
        other_box_secret,
    )


def _make(
    keys: Keys,
    payload: bytes,
    *,
    chunk: int = C,
    kind: int = RECIPIENT_HQ,
    piece: int | None = None,
) -> tuple[bytes, str]:
    out = io.BytesIO()
    writer = BundleWriter(
        out,
        sender_seed=keys.sender_seed,
        recipient_public=keys.recipient_public,
        recipient_kind=kind,
        payload_length=len(payload),
        chunk_size=chunk,
    )
    step = piece or max(1, len(payload))
    for start in range(0, len(payload), step):
        writer.write(payload[start : start + step])
    bundle_hash = writer.finish()
    return out.getvalue(), bundle_hash


def _import(
    blob: bytes, secret: bytes, *, max_bytes: int = DEFAULT_MAX_BUNDLE_BYTES
) -> tuple[BundleHeader, str, bytes]:
    """Steps 1, 3, 5 and 6 in the spec's order; returns (header, bundle hash, payload)."""
    f = io.BytesIO(blob)
    header = read_header(f, len(blob), max_bytes=max_bytes)
    assert signature_of(f, header, len(blob)) == blob[-SIGNATURE_BYTES:]
    bundle_hash = verify_signature(f, header, len(blob))
    file_key = open_file_key(header, secret)
    payload = b"".join(decrypt_payload(f, header, file_key))
    return header, bundle_hash, payload


def _reject(blob: bytes, secret: bytes, reason: str, **kwargs: int) -> BundleRejected:
    with pytest.raises(BundleRejected) as info:
        _import(blob, secret, **kwargs)
    assert info.value.reason == reason, info.value
    assert info.value.code == f"bundle.{reason}"
    return info.value


def _sign(seed: bytes, unsigned: bytes) -> bytes:
    message = b"fieldkit.bundle-signature/2\x00" + hashlib.sha256(unsigned).digest()  # 3.3
    return unsigned + nacl.signing.SigningKey(seed).sign(message).signature


def _resign(keys: Keys, blob: bytes | bytearray, seed: bytes | None = None) -> bytes:
    return _sign(seed or keys.sender_seed, bytes(blob[:-SIGNATURE_BYTES]))


def _header(
    keys: Keys,
    *,
    sealed: bytes,
    stream_header: bytes,
    length: int,
    chunk: int = C,
    kind: int = RECIPIENT_HQ,
    recipient: bytes | None = None,
) -> bytes:
    return HEADER.pack(
        b"FKBUNDLE",
        2,
        kind,
        0,
        keys.sender_public,
        recipient or keys.recipient_public,
        sealed,
        chunk,
        length,
        stream_header,
    )


def _forge(
    keys: Keys,
    pieces: list[tuple[bytes, int]],
    *,
    order: list[int] | None = None,
    chunk: int = C,
    header_ad_on: int = 0,
) -> bytes:
    """Build a signed bundle by hand: push ``pieces`` (plaintext, tag) in sequence,
    then lay the ciphertext chunks out in ``order`` (default: as pushed), with a
    header whose L matches that layout so the size check passes."""
    order = list(range(len(pieces))) if order is None else order
    file_key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    sealed = sodium.crypto_box_seal(file_key, keys.recipient_public)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, file_key)
    length = sum(len(pieces[i][0]) for i in order)
    header = _header(keys, sealed=sealed, stream_header=stream_header, length=length, chunk=chunk)
    ciphertexts = [
        sodium.crypto_secretstream_xchacha20poly1305_push(
            state, plain, header if index == header_ad_on else None, tag
        )
        for index, (plain, tag) in enumerate(pieces)
    ]
    return _sign(keys.sender_seed, header + b"".join(ciphertexts[i] for i in order))


def _three(tags: tuple[int, int, int], last: int = 100) -> list[tuple[bytes, int]]:
    sizes = (C, C, last)
    return [(os.urandom(size), tag) for size, tag in zip(sizes, tags, strict=True)]


# --- round trips -----------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, C - 1, C, C + 1, 2 * C, 3 * C + 7, 5 * C])
def test_round_trip_sizes(keys: Keys, size: int) -> None:
    payload = os.urandom(size)
    blob, bundle_hash = _make(keys, payload)
    assert (
        len(blob)
        == ciphertext_size(size, C)
        == HEADER_BYTES + size + 17 * max(1, -(-size // C)) + SIGNATURE_BYTES
    )
    assert bundle_hash == hashlib.sha256(blob).hexdigest()
    header, verified_hash, out = _import(blob, keys.recipient_secret)
    assert out == payload
    assert verified_hash == bundle_hash
    assert header.payload_length == size
    assert header.chunk_count == max(1, -(-size // C))
    assert header.expected_file_size == len(blob)
    assert header.sender_public == keys.sender_public
    assert header.recipient_public == keys.recipient_public
    assert header.raw == blob[:HEADER_BYTES]


@pytest.mark.parametrize("piece", [1, 7, 1000, C - 1, C + 3, 3 * C + 1])
def test_streamed_writes_in_odd_pieces(keys: Keys, piece: int) -> None:
    payload = os.urandom(4 * C + 123)
    blob, bundle_hash = _make(keys, payload, piece=piece)
    _, verified_hash, out = _import(blob, keys.recipient_secret)
    assert out == payload and verified_hash == bundle_hash


def test_pieces_follow_chunk_boundaries(keys: Keys) -> None:
    payload = os.urandom(3 * C + 5)
    blob, _hash = _make(keys, payload, piece=333)
    f = io.BytesIO(blob)
    header = read_header(f, len(blob))
    pieces = list(decrypt_payload(f, header, open_file_key(header, keys.recipient_secret)))
    assert [len(p) for p in pieces] == [C, C, C, 5]


def test_clinical_kind_and_default_chunk_size(keys: Keys) -> None:
    payload = os.urandom(2 * DEFAULT_CHUNK_SIZE + 1)
    blob, _hash = _make(keys, payload, chunk=DEFAULT_CHUNK_SIZE, kind=RECIPIENT_CLINICAL)
    header, _h, out = _import(blob, keys.recipient_secret)
    assert out == payload
    assert header.recipient_kind == RECIPIENT_CLINICAL
    assert header.chunk_size == DEFAULT_CHUNK_SIZE


def test_writer_output_matches_the_spec_byte_for_byte(keys: Keys) -> None:
    """An independent reading of sections 3.1-3.3 with raw libsodium."""
    payload = os.urandom(2 * C + 9)
    blob, _hash = _make(keys, payload)
    fields = HEADER.unpack(blob[:HEADER_BYTES])
    magic, version, kind, reserved, sender, recipient, sealed, chunk, length, ss = fields
    assert (magic, version, kind, reserved) == (MAGIC, 2, RECIPIENT_HQ, 0)
    assert (sender, recipient, chunk, length) == (
        keys.sender_public,
        keys.recipient_public,
        C,
        len(payload),
    )
    message = b"fieldkit.bundle-signature/2\x00" + hashlib.sha256(blob[:-64]).digest()
    nacl.signing.VerifyKey(sender).verify(message, blob[-64:])
    file_key = sodium.crypto_box_seal_open(sealed, keys.recipient_public, keys.recipient_secret)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, ss, file_key)
    body = blob[HEADER_BYTES:-64]
    sizes = [C + ABYTES, C + ABYTES, 9 + ABYTES]
    assert sum(sizes) == len(body)
    out, tags, offset = [], [], 0
    for index, size in enumerate(sizes):
        ad = blob[:HEADER_BYTES] if index == 0 else None
        plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
            state, body[offset : offset + size], ad
        )
        out.append(plain)
        tags.append(tag)
        offset += size
    assert b"".join(out) == payload
    assert tags == [TAG_MESSAGE, TAG_MESSAGE, TAG_FINAL]


def test_hand_built_bundle_is_accepted(keys: Keys) -> None:
    """The forger follows the spec: a well-formed forged bundle imports."""
    pieces = _three((TAG_MESSAGE, TAG_MESSAGE, TAG_FINAL))
    _, _h, out = _import(_forge(keys, pieces), keys.recipient_secret)
    assert out == b"".join(p for p, _ in pieces)


def test_file_key_is_fresh_for_each_bundle(keys: Keys) -> None:
    payload = b"same payload"
    first, _a = _make(keys, payload)
    second, _b = _make(keys, payload)
    h1 = read_header(io.BytesIO(first), len(first))
    h2 = read_header(io.BytesIO(second), len(second))
    assert h1.sealed_key != h2.sealed_key and h1.stream_header != h2.stream_header
    assert open_file_key(h1, keys.recipient_secret) != open_file_key(h2, keys.recipient_secret)


def test_ciphertext_size() -> None:
    assert ciphertext_size(0, C) == 192 + 17 + 64
    assert ciphertext_size(C, C) == 192 + C + 17 + 64
    assert ciphertext_size(C + 1, C) == 192 + C + 1 + 34 + 64
    with pytest.raises(ValueError, match="chunk size"):
        ciphertext_size(10, MIN_CHUNK_SIZE - 1)
    with pytest.raises(ValueError, match="chunk size"):
        ciphertext_size(10, MAX_CHUNK_SIZE + 1)
    with pytest.raises(ValueError, match="payload length"):
        ciphertext_size(-1, C)


# --- writer misuse ---------------------------------------------------------


def _writer(keys: Keys, out: io.BytesIO, length: int, **kwargs: int) -> BundleWriter:
    params: dict[str, int] = {"recipient_kind": RECIPIENT_HQ, "chunk_size": C, **kwargs}
    return BundleWriter(
        out,
        sender_seed=keys.sender_seed,
        recipient_public=keys.recipient_public,
        payload_length=length,
        **params,
    )


def test_writer_refuses_wrong_lengths_and_reuse(keys: Keys) -> None:
    writer = _writer(keys, io.BytesIO(), 10)
    with pytest.raises(ValueError, match="more payload bytes"):
        writer.write(b"x" * 11)
    writer.write(b"x" * 9)
    with pytest.raises(ValueError, match="announced 10"):
        writer.finish()
    writer.write(b"x")
    writer.finish()
    with pytest.raises(ValueError, match="finished"):
        writer.write(b"")
    with pytest.raises(ValueError, match="finished"):
        writer.finish()


@pytest.mark.parametrize(
    "kwargs",
    [{"recipient_kind": 3}, {"chunk_size": MIN_CHUNK_SIZE - 1}, {"chunk_size": MAX_CHUNK_SIZE + 1}],
)
def test_writer_refuses_bad_parameters(keys: Keys, kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        _writer(keys, io.BytesIO(), 1, **kwargs)


def test_writer_refuses_bad_keys(keys: Keys) -> None:
    with pytest.raises(ValueError, match="seed"):
        BundleWriter(
            io.BytesIO(),
            sender_seed=b"short",
            recipient_public=keys.recipient_public,
            recipient_kind=RECIPIENT_HQ,
            payload_length=0,
        )
    with pytest.raises(ValueError, match="recipient"):
        BundleWriter(
            io.BytesIO(),
            sender_seed=keys.sender_seed,
            recipient_public=bytes(31),
            recipient_kind=RECIPIENT_HQ,
            payload_length=0,
        )


def test_context_manager_finishes_or_abandons(keys: Keys) -> None:
    out = io.BytesIO()
    with _writer(keys, out, 5) as writer:
        writer.write(b"hello")
    assert writer.bundle_hash == hashlib.sha256(out.getvalue()).hexdigest()
    assert _import(out.getvalue(), keys.recipient_secret)[2] == b"hello"

    broken = io.BytesIO()
    abandoned = _writer(keys, broken, 2 * C)
    with pytest.raises(RuntimeError), abandoned:
        abandoned.write(os.urandom(C + 10))
        raise RuntimeError("disk unplugged")
    assert abandoned.bundle_hash is None
    assert len(broken.getvalue()) == HEADER_BYTES + C + ABYTES  # no final chunk, no signature
    with pytest.raises(ValueError):
        abandoned.write(b"more")


def test_write_accepts_bytearray_and_memoryview(keys: Keys) -> None:
    payload = os.urandom(C + 50)
    out = io.BytesIO()
    writer = _writer(keys, out, len(payload))
    writer.write(bytearray(payload[:100]))
    writer.write(memoryview(payload)[100:])
    writer.finish()
    assert _import(out.getvalue(), keys.recipient_secret)[2] == payload


# --- write_bundle_file -----------------------------------------------------


def _pieces(payload: bytes, size: int = 1000) -> Iterator[bytes]:
    for start in range(0, len(payload), size):
        yield payload[start : start + size]


def test_write_bundle_file(keys: Keys, tmp_path: Path) -> None:
    payload = os.urandom(3 * C + 1)
    path = tmp_path / "fieldkit-0123abcd-4.fkb"
    bundle_hash = write_bundle_file(
        path,
        sender_seed=keys.sender_seed,
        recipient_public=keys.recipient_public,
        recipient_kind=RECIPIENT_HQ,
        payload_length=len(payload),
        chunk_size=C,
        chunks=_pieces(payload),
    )
    blob = path.read_bytes()
    assert bundle_hash == hashlib.sha256(blob).hexdigest()
    assert _import(blob, keys.recipient_secret)[2] == payload
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    if POSIX:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_write_bundle_file_failure_leaves_nothing(keys: Keys, tmp_path: Path) -> None:
    path = tmp_path / "fieldkit-0123abcd-5.fkb"
    path.write_bytes(b"previous")

    def failing() -> Iterator[bytes]:
        yield os.urandom(C + 1)
        raise OSError("exhibit vanished")

    with pytest.raises(OSError, match="exhibit vanished"):
        write_bundle_file(
            path,
            sender_seed=keys.sender_seed,
            recipient_public=keys.recipient_public,
            recipient_kind=RECIPIENT_HQ,
            payload_length=3 * C,
            chunk_size=C,
            chunks=failing(),
        )
    with pytest.raises(ValueError, match="announced"):
        write_bundle_file(
            path,
            sender_seed=keys.sender_seed,
            recipient_public=keys.recipient_public,
            recipient_kind=RECIPIENT_HQ,
            payload_length=10,
            chunk_size=C,
            chunks=[b"short"],
        )
    assert path.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_write_bundle_file_replaces_a_stale_partial(keys: Keys, tmp_path: Path) -> None:
    path = tmp_path / "fieldkit-0123abcd-6.fkb"
    partial = tmp_path / (path.name + ".partial")
    partial.write_bytes(b"left by a crash")
    write_bundle_file(
        path,
        sender_seed=keys.sender_seed,
        recipient_public=keys.recipient_public,
        recipient_kind=RECIPIENT_HQ,
        payload_length=3,
        chunks=[b"abc"],
    )
    assert not partial.exists()
    assert _import(path.read_bytes(), keys.recipient_secret)[2] == b"abc"


# --- step 1: size and header -------------------------------------------------


@pytest.fixture(scope="module")
def small(keys: Keys) -> bytes:
    """A valid bundle of three chunks of 4096 (the last one partial)."""
    return _make(keys, os.urandom(3 * C - 100))[0]


def test_oversize_comes_first(keys: Keys, small: bytes) -> None:
    _reject(small, keys.recipient_secret, "oversize", max_bytes=len(small) - 1)
    _reject(b"junk", keys.recipient_secret, "oversize", max_bytes=3)
    assert _import(small, keys.recipient_secret, max_bytes=len(small))[2]


@pytest.mark.parametrize("cut", [0, 1, 100, 191, 192, 200, 255, 256, 300, 5000, -65, -64, -30, -1])
def test_truncated(keys: Keys, small: bytes, cut: int) -> None:
    _reject(small[:cut], keys.recipient_secret, "truncated")


def test_short_garbage_is_truncated_before_bad_magic(keys: Keys) -> None:
    _reject(b"not a bundle" * 20, keys.recipient_secret, "truncated")


def test_trailing_data(keys: Keys, small: bytes) -> None:
    _reject(small + b"\x00", keys.recipient_secret, "trailing-data")
    _reject(small + small, keys.recipient_secret, "trailing-data")


def _patched(blob: bytes, offset: int, value: bytes) -> bytes:
    return blob[:offset] + value + blob[offset + len(value) :]


@pytest.mark.parametrize(
    ("offset", "value"),
    [
        (0, b"FKBUNDLF"),
        (0, b"FKEXHIB1"),
        (8, b"\x01"),
        (8, b"\x03"),
        (8, b"\x00"),
        (OFF_KIND, b"\x03"),
        (OFF_KIND, b"\x00"),
        (OFF_RESERVED, b"\x00\x01"),
        (OFF_RESERVED, b"\x80\x00"),
        (OFF_CHUNK, struct.pack(">I", MIN_CHUNK_SIZE - 1)),
        (OFF_CHUNK, struct.pack(">I", MAX_CHUNK_SIZE + 1)),
        (OFF_CHUNK, struct.pack(">I", 0)),
        (OFF_LENGTH, struct.pack(">Q", DEFAULT_MAX_BUNDLE_BYTES + 1)),
        (OFF_LENGTH, struct.pack(">Q", 2**64 - 1)),
    ],
)
def test_bad_header(keys: Keys, small: bytes, offset: int, value: bytes) -> None:
    _reject(_resign(keys, _patched(small, offset, value)), keys.recipient_secret, "bad-header")


def test_payload_length_above_a_small_cap_is_bad_header(keys: Keys, small: bytes) -> None:
    patched = _patched(small, OFF_LENGTH, struct.pack(">Q", len(small) + 1))
    _reject(patched, keys.recipient_secret, "bad-header", max_bytes=len(small))


def test_header_length_disagreeing_with_the_file(keys: Keys, small: bytes) -> None:
    length = struct.unpack_from(">Q", small, OFF_LENGTH)[0]
    longer = _resign(keys, _patched(small, OFF_LENGTH, struct.pack(">Q", length + 1)))
    shorter = _resign(keys, _patched(small, OFF_LENGTH, struct.pack(">Q", length - 1)))
    _reject(longer, keys.recipient_secret, "truncated")
    _reject(shorter, keys.recipient_secret, "trailing-data")


def test_rejections_are_fieldkit_errors_with_safe_messages(keys: Keys, small: bytes) -> None:
    error = _reject(small[:-1], keys.recipient_secret, "truncated")
    assert isinstance(error, FieldKitError)
    assert "cut off while copying" in error.message
    secrets_hex = {keys.sender_seed.hex(), keys.recipient_secret.hex()}
    for reason in ("bad-signature", "wrong-recipient", "bad-chunk", "fork", "anything-new"):
        made = BundleRejected(reason)
        assert made.reason == reason and made.code == f"bundle.{reason}" and made.message
        assert not any(s in made.message for s in secrets_hex)
    assert BundleRejected("bad-payload", "custom text").message == "custom text"


# --- step 3: signature ---------------------------------------------------------


@pytest.mark.parametrize(
    "offset",
    [
        OFF_SENDER,
        OFF_RECIPIENT + 5,
        OFF_SEALED + 40,
        OFF_STREAM + 3,
        HEADER_BYTES,
        HEADER_BYTES + C + 20,
        -SIGNATURE_BYTES - 1,
        -SIGNATURE_BYTES,
        -33,
        -1,
    ],
)
def test_bad_signature_on_any_flip(keys: Keys, small: bytes, offset: int) -> None:
    flipped = bytearray(small)
    flipped[offset] ^= 0x20
    _reject(bytes(flipped), keys.recipient_secret, "bad-signature")


def test_signature_by_another_key(keys: Keys, small: bytes) -> None:
    _reject(_resign(keys, small, keys.other_seed), keys.recipient_secret, "bad-signature")


def test_bundle_hash_covers_the_signature(keys: Keys, small: bytes) -> None:
    f = io.BytesIO(small)
    header = read_header(f, len(small))
    assert verify_signature(f, header, len(small)) == hashlib.sha256(small).hexdigest()
    assert signature_of(f, header, len(small)) == small[-64:]


def test_header_changed_after_step_one_is_caught(keys: Keys, small: bytes) -> None:
    header = read_header(io.BytesIO(small), len(small))
    other = _make(keys, os.urandom(3 * C - 100))[0]
    with pytest.raises(BundleRejected) as info:
        verify_signature(io.BytesIO(other), header, len(other))
    assert info.value.reason == "bad-signature"


def test_reader_functions_refuse_a_mismatched_file_size(keys: Keys, small: bytes) -> None:
    f = io.BytesIO(small)
    header = read_header(f, len(small))
    with pytest.raises(ValueError):
        verify_signature(f, header, len(small) + 1)
    with pytest.raises(ValueError):
        signature_of(f, header, len(small) - 1)


def test_swapped_sender_key_signed_by_that_key_fails_decryption(keys: Keys, small: bytes) -> None:
    """The header is the first chunk's additional data: a re-signed header is caught."""
    swapped = _resign(keys, _patched(small, OFF_SENDER, keys.other_public), keys.other_seed)
    f = io.BytesIO(swapped)
    header = read_header(f, len(swapped))
    verify_signature(f, header, len(swapped))  # valid for the other key
    _reject(swapped, keys.recipient_secret, "bad-chunk")


# --- step 5: recipient -------------------------------------------------------


def test_wrong_recipient_secret(keys: Keys, small: bytes) -> None:
    _reject(small, keys.other_box_secret, "wrong-recipient")


def test_recipient_key_swapped_in_header(keys: Keys, small: bytes) -> None:
    swapped = _resign(keys, _patched(small, OFF_RECIPIENT, keys.other_box_public))
    _reject(swapped, keys.recipient_secret, "wrong-recipient")  # key mismatch
    _reject(swapped, keys.other_box_secret, "wrong-recipient")  # sealed box does not open


def test_sealed_key_damaged(keys: Keys, small: bytes) -> None:
    flipped = bytearray(small)
    flipped[OFF_SEALED + 70] ^= 1
    _reject(_resign(keys, flipped), keys.recipient_secret, "wrong-recipient")


def test_open_file_key_refuses_a_bad_secret_length(keys: Keys, small: bytes) -> None:
    header = read_header(io.BytesIO(small), len(small))
    with pytest.raises(ValueError):
        open_file_key(header, b"short")


# --- step 6: decryption ------------------------------------------------------


def test_two_chunks_swapped(keys: Keys) -> None:
    pieces = [(os.urandom(C), TAG_MESSAGE) for _ in range(3)] + [(b"end", TAG_FINAL)]
    _reject(_forge(keys, pieces, order=[0, 2, 1, 3]), keys.recipient_secret, "bad-chunk")
    _reject(_forge(keys, pieces, order=[1, 0, 2, 3]), keys.recipient_secret, "bad-chunk")


def test_chunk_duplicated(keys: Keys) -> None:
    pieces = _three((TAG_MESSAGE, TAG_MESSAGE, TAG_FINAL))
    _reject(_forge(keys, pieces, order=[0, 1, 1, 2]), keys.recipient_secret, "bad-chunk")
    _reject(_forge(keys, pieces, order=[0, 0, 1, 2]), keys.recipient_secret, "bad-chunk")


def test_chunk_dropped(keys: Keys) -> None:
    pieces = _three((TAG_MESSAGE, TAG_MESSAGE, TAG_FINAL))
    _reject(_forge(keys, pieces, order=[0, 2]), keys.recipient_secret, "bad-chunk")


def test_header_is_the_first_chunks_additional_data(keys: Keys) -> None:
    pieces = _three((TAG_MESSAGE, TAG_MESSAGE, TAG_FINAL))
    _reject(_forge(keys, pieces, header_ad_on=-1), keys.recipient_secret, "bad-chunk")
    _reject(_forge(keys, pieces, header_ad_on=1), keys.recipient_secret, "bad-chunk")


def test_missing_final_tag(keys: Keys) -> None:
    pieces = _three((TAG_MESSAGE, TAG_MESSAGE, TAG_MESSAGE))
    _reject(_forge(keys, pieces), keys.recipient_secret, "missing-final-tag")
    single = [(b"only", TAG_MESSAGE)]
    _reject(_forge(keys, single), keys.recipient_secret, "missing-final-tag")
    last_push = _three((TAG_MESSAGE, TAG_MESSAGE, TAG_PUSH))
    _reject(_forge(keys, last_push), keys.recipient_secret, "missing-final-tag")


def test_early_final_tag(keys: Keys) -> None:
    pieces = _three((TAG_FINAL, TAG_MESSAGE, TAG_FINAL))
    _reject(_forge(keys, pieces), keys.recipient_secret, "early-final-tag")
    middle = _three((TAG_MESSAGE, TAG_FINAL, TAG_FINAL))
    _reject(_forge(keys, middle), keys.recipient_secret, "early-final-tag")


@pytest.mark.parametrize("tag", [TAG_PUSH, TAG_REKEY])
def test_other_tags_before_the_end_are_bad_chunks(keys: Keys, tag: int) -> None:
    _reject(_forge(keys, _three((tag, TAG_MESSAGE, TAG_FINAL))), keys.recipient_secret, "bad-chunk")


def test_an_extra_empty_final_chunk_is_not_canonical(keys: Keys) -> None:
    pieces = [(os.urandom(C), TAG_MESSAGE), (b"", TAG_FINAL)]
    _reject(_forge(keys, pieces), keys.recipient_secret, "trailing-data")


def test_pieces_before_a_bad_chunk_are_yielded_then_it_raises(keys: Keys) -> None:
    pieces = _three((TAG_MESSAGE, TAG_MESSAGE, TAG_MESSAGE))
    blob = _forge(keys, pieces)
    f = io.BytesIO(blob)
    header = read_header(f, len(blob))
    got = decrypt_payload(f, header, open_file_key(header, keys.recipient_secret))
    assert next(got) == pieces[0][0]
    assert next(got) == pieces[1][0]
    with pytest.raises(BundleRejected) as info:
        next(got)
    assert info.value.reason == "missing-final-tag"


def test_file_shrinking_during_decryption_is_truncated(keys: Keys, small: bytes) -> None:
    header = read_header(io.BytesIO(small), len(small))
    file_key = open_file_key(header, keys.recipient_secret)
    with pytest.raises(BundleRejected) as info:
        list(decrypt_payload(io.BytesIO(small[: HEADER_BYTES + C]), header, file_key))
    assert info.value.reason == "truncated"
    with pytest.raises(ValueError):
        list(decrypt_payload(io.BytesIO(small), header, b"short"))


# --- byte-flip campaigns -------------------------------------------------------

_STEP_ONE = {"bad-header", "truncated", "trailing-data"}


def test_every_single_byte_flip_is_rejected(keys: Keys, small: bytes) -> None:
    """Every byte of a ~3-chunk bundle, flipped, fails at step 1 or step 3, cleanly."""
    seen: dict[str, int] = {}
    for offset in range(len(small)):
        flipped = bytearray(small)
        flipped[offset] ^= 1 << (offset % 8)
        try:
            _import(bytes(flipped), keys.recipient_secret)
        except BundleRejected as exc:
            if OFF_SENDER <= offset < OFF_CHUNK or offset >= OFF_STREAM:
                assert exc.reason == "bad-signature", (offset, exc.reason)
            else:
                assert exc.reason in _STEP_ONE | {"bad-signature"}, (offset, exc.reason)
            seen[exc.reason] = seen.get(exc.reason, 0) + 1
        else:
            pytest.fail(f"a flip at offset {offset} was accepted")
    assert seen["bad-signature"] > len(small) - 30
    assert "bad-header" in seen


def test_every_flip_behind_a_valid_signature_is_caught_by_decryption(
    keys: Keys, small: bytes
) -> None:
    """Even re-signed by the sender (or if step 3 were skipped), steps 5-6 catch each flip."""
    length = len(small)
    for offset in [*range(OFF_SENDER, OFF_CHUNK), *range(OFF_STREAM, length - SIGNATURE_BYTES)]:
        flipped = bytearray(small)
        flipped[offset] ^= 1 << (offset % 8)
        f = io.BytesIO(bytes(flipped))
        header = read_header(f, length)
        expected = "wrong-recipient" if OFF_RECIPIENT <= offset < OFF_CHUNK else "bad-chunk"
        with pytest.raises(BundleRejected) as info:
            file_key = open_file_key(header, keys.recipient_secret)
            for _piece in decrypt_payload(f, header, file_key):
                pass
        assert info.value.reason == expected, offset


class _FailingDest(io.BytesIO):
    """A destination that fails once ``limit`` bytes are written (a full USB stick)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.tell() + len(data) > self.limit:
            raise OSError(28, "No space left on device")
        return super().write(data)


def _writer_threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("bundle-")}


def test_a_write_error_on_the_writing_thread_reaches_the_caller(keys: Keys) -> None:
    before = _writer_threads()
    payload = os.urandom(40 * C)
    writer = _writer(keys, _FailingDest(HEADER_BYTES + 3 * C), len(payload))
    with pytest.raises(OSError, match="No space"):
        for start in range(0, len(payload), C):
            writer.write(payload[start : start + C])
        writer.finish()
    writer.close()
    assert _writer_threads() == before  # the writing thread ended

    with pytest.raises(OSError, match="No space"), _writer(keys, _FailingDest(100), 10) as w:
        w.write(b"0123456789")
    assert w.bundle_hash is None
    assert _writer_threads() == before
