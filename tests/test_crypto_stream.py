"""Exhibit streaming encryption: round trips, every rejection, atomic writes.

Real libsodium throughout; nothing is mocked.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import struct
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl import bindings as sodium

from fieldkit.crypto.atomic import atomic_write_bytes, atomic_writer
from fieldkit.crypto.stream import (
    DEFAULT_CHUNK_SIZE,
    HEADER_BYTES,
    KEY_BYTES,
    EncryptResult,
    ExhibitCorrupt,
    ExhibitTooLarge,
    OperationCancelled,
    decrypt_chunks,
    decrypt_to,
    encrypt_file,
    encrypt_stream,
    encrypted_size,
    new_key,
    read_all,
)
from fieldkit.domain.errors import FieldKitError

CHUNK = 4096
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_PUSH = sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH
TAG_REKEY = sodium.crypto_secretstream_xchacha20poly1305_TAG_REKEY
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
BLOCK = CHUNK + ABYTES
CONTEXT = b"exhibit:01J8Z6Q4T3V7"
POSIX = os.name == "posix"
DOC = Path(__file__).resolve().parents[1] / "docs" / "exhibit-format.md"


@pytest.fixture(scope="module")
def key() -> bytes:
    return new_key()


def _plaintext(size: int) -> bytes:
    return os.urandom(size)


def _encrypt(data: bytes, key: bytes, *, context: bytes = CONTEXT, chunk: int = CHUNK) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, key, context=context, chunk_size=chunk)
    return out.getvalue()


def _decrypt(blob: bytes, key: bytes, *, context: bytes = CONTEXT) -> bytes:
    return read_all(io.BytesIO(blob), key, context=context, max_bytes=1 << 30)


def _chunks_of(blob: bytes, chunk: int = CHUNK) -> tuple[bytes, list[bytes]]:
    block = chunk + ABYTES
    body = blob[HEADER_BYTES:]
    return blob[:HEADER_BYTES], [body[i : i + block] for i in range(0, len(body), block)]


def _forge(
    pieces: list[tuple[bytes, int]],
    key: bytes,
    *,
    context: bytes = CONTEXT,
    chunk: int = CHUNK,
) -> bytes:
    """Build a file by hand from the spec, with whatever tags a test wants."""
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    ss_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    header = b"FKEXHIB1" + bytes([1, 0]) + struct.pack(">I", chunk) + ss_header
    out = [header]
    ad = header + context
    for plaintext, tag in pieces:
        out.append(sodium.crypto_secretstream_xchacha20poly1305_push(state, plaintext, ad, tag))
        ad = context
    return b"".join(out)


def _assert_corrupt(blob: bytes, key: bytes, *, context: bytes = CONTEXT) -> ExhibitCorrupt:
    with pytest.raises(ExhibitCorrupt) as info:
        _decrypt(blob, key, context=context)
    assert info.value.code == "exhibit.corrupt"
    return info.value


def _no_temp_files(directory: Path) -> bool:
    return not [p for p in directory.iterdir() if p.name.endswith(".partial")]


# --- round trips -----------------------------------------------------------


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 7, 5 * CHUNK]
)
def test_round_trip_sizes(key: bytes, size: int) -> None:
    data = _plaintext(size)
    out = io.BytesIO()
    result = encrypt_stream(io.BytesIO(data), out, key, context=CONTEXT, chunk_size=CHUNK)
    blob = out.getvalue()

    expected_sha = hashlib.sha256(data).hexdigest()
    assert result == EncryptResult(sha256=expected_sha, size=size, ciphertext_size=len(blob))
    assert len(blob) == encrypted_size(size, CHUNK)

    plain = io.BytesIO()
    assert decrypt_to(io.BytesIO(blob), plain, key, context=CONTEXT) == expected_sha
    assert plain.getvalue() == data

    chunks = list(decrypt_chunks(io.BytesIO(blob), key, context=CONTEXT))
    assert b"".join(chunks) == data
    assert all(len(c) == CHUNK for c in chunks[:-1])
    assert len(chunks) == max(1, -(-size // CHUNK))


def test_default_chunk_size_round_trip(key: bytes) -> None:
    data = _plaintext(3 * DEFAULT_CHUNK_SIZE + 11)
    out = io.BytesIO()
    result = encrypt_stream(io.BytesIO(data), out, key, context=CONTEXT)
    assert out.getvalue()[10:14] == struct.pack(">I", DEFAULT_CHUNK_SIZE)
    assert result.ciphertext_size == encrypted_size(len(data))
    assert _decrypt(out.getvalue(), key) == data


class _Trickle(io.RawIOBase):
    """A raw stream that reads and writes at most 1000 bytes per call."""

    def __init__(self, data: bytes = b"") -> None:
        self._source = io.BytesIO(data)
        self.sink = bytearray()

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._source.read(min(len(buffer), 1000))
        buffer[: len(data)] = data
        return len(data)

    def write(self, data: Any) -> int:
        taken = bytes(data[:1000])
        self.sink += taken
        return len(taken)


def test_short_reads_and_writes_are_handled(key: bytes) -> None:
    data = _plaintext(2 * CHUNK + 123)
    sink = _Trickle()
    trickle_in: BinaryIO = _Trickle(data)  # type: ignore[assignment]
    trickle_out: BinaryIO = sink  # type: ignore[assignment]
    encrypt_stream(trickle_in, trickle_out, key, context=CONTEXT, chunk_size=CHUNK)
    blob = bytes(sink.sink)
    assert len(blob) == encrypted_size(len(data), CHUNK)
    source: BinaryIO = _Trickle(blob)  # type: ignore[assignment]
    assert read_all(source, key, context=CONTEXT, max_bytes=len(data)) == data


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=5 * CHUNK),
    chunk=st.integers(min_value=4096, max_value=3 * 4096),
    context=st.binary(max_size=64),
)
def test_round_trip_property(data: bytes, chunk: int, context: bytes) -> None:
    key = new_key()
    blob = _encrypt(data, key, context=context, chunk=chunk)
    assert len(blob) == encrypted_size(len(data), chunk)
    out = io.BytesIO()
    digest = decrypt_to(io.BytesIO(blob), out, key, context=context)
    assert out.getvalue() == data
    assert digest == hashlib.sha256(data).hexdigest()


def test_progress_reports_cumulative_plaintext_bytes(key: bytes) -> None:
    data = _plaintext(2 * CHUNK + 5)
    seen: list[int] = []
    encrypt_stream(
        io.BytesIO(data), io.BytesIO(), key, context=CONTEXT, chunk_size=CHUNK, progress=seen.append
    )
    assert seen == [CHUNK, 2 * CHUNK, 2 * CHUNK + 5]


def test_new_key_is_random_and_sized() -> None:
    assert len(new_key()) == KEY_BYTES
    assert new_key() != new_key()


def test_invalid_arguments_are_rejected(key: bytes) -> None:
    with pytest.raises(ValueError):
        encrypt_stream(io.BytesIO(b"x"), io.BytesIO(), key[:31], context=CONTEXT)
    for bad in (4095, 4 * 1024 * 1024 + 1, 0):
        with pytest.raises(ValueError):
            encrypt_stream(io.BytesIO(b"x"), io.BytesIO(), key, context=CONTEXT, chunk_size=bad)
    with pytest.raises(ValueError):
        _decrypt(_encrypt(b"x", key), key + b"\x00")


# --- wrong key, wrong context ----------------------------------------------


@pytest.mark.parametrize("size", [0, 10, 3 * CHUNK])
def test_wrong_key_is_rejected(key: bytes, size: int) -> None:
    data = b"TESTIMONY-MARKER" * (size // 16 + 1)
    blob = _encrypt(data[:size], key)
    error = _assert_corrupt(blob, new_key())
    assert "TESTIMONY" not in str(error)
    assert key.hex() not in str(error)


@pytest.mark.parametrize("other", [b"", b"exhibit:01J8Z6Q4T3V8", CONTEXT + b"\x00"])
def test_wrong_context_is_rejected(key: bytes, other: bytes) -> None:
    blob = _encrypt(_plaintext(2 * CHUNK + 1), key)
    _assert_corrupt(blob, key, context=other)


def test_context_is_checked_on_later_chunks_too(key: bytes) -> None:
    # Same key, two exhibits: splicing chunk 1 of another exhibit in must fail.
    data = _plaintext(3 * CHUNK)
    header, chunks = _chunks_of(_encrypt(data, key, context=b"a"))
    _, other = _chunks_of(_encrypt(data, key, context=b"b"))
    _assert_corrupt(header + chunks[0] + other[1] + chunks[2], key, context=b"a")


# --- truncation, extension, reordering -------------------------------------


def test_truncation_at_every_chunk_boundary_and_mid_chunk(key: bytes) -> None:
    blob = _encrypt(_plaintext(3 * CHUNK + 100), key)
    boundaries = [HEADER_BYTES + i * BLOCK for i in range(4)]
    cuts = {0, 1, HEADER_BYTES - 1, len(blob) - 1, len(blob) - ABYTES}
    for boundary in boundaries:
        cuts.update({boundary, boundary + 1, boundary + ABYTES - 1, boundary + ABYTES})
        cuts.update({boundary + BLOCK // 2, boundary - 1})
    for cut in sorted(c for c in cuts if 0 <= c < len(blob)):
        _assert_corrupt(blob[:cut], key)


def test_truncated_file_yields_intact_chunks_then_raises(key: bytes) -> None:
    data = _plaintext(3 * CHUNK)
    blob = _encrypt(data, key)
    truncated = blob[: HEADER_BYTES + 2 * BLOCK]
    received: list[bytes] = []
    with pytest.raises(ExhibitCorrupt, match="truncated"):
        received.extend(decrypt_chunks(io.BytesIO(truncated), key, context=CONTEXT))
    assert received == [data[:CHUNK]]  # chunk 2 is never released: it lacks the final tag


@pytest.mark.parametrize("size", [10, CHUNK, 2 * CHUNK, 2 * CHUNK + 10])
@pytest.mark.parametrize("garbage", [b"\x00", b"x" * ABYTES, b"y" * BLOCK, b"z" * (BLOCK + 1)])
def test_trailing_data_is_rejected(key: bytes, size: int, garbage: bytes) -> None:
    blob = _encrypt(_plaintext(size), key)
    _assert_corrupt(blob + garbage, key)


def test_final_chunk_repeated_is_rejected(key: bytes) -> None:
    blob = _encrypt(_plaintext(2 * CHUNK), key)
    _, chunks = _chunks_of(blob)
    _assert_corrupt(blob + chunks[-1], key)


def test_duplicated_chunk_is_rejected(key: bytes) -> None:
    header, chunks = _chunks_of(_encrypt(_plaintext(3 * CHUNK + 1), key))
    assert len(chunks) == 4
    for i in range(len(chunks)):
        duplicated = [*chunks[: i + 1], chunks[i], *chunks[i + 1 :]]
        _assert_corrupt(header + b"".join(duplicated), key)


def test_swapped_chunks_are_rejected(key: bytes) -> None:
    header, chunks = _chunks_of(_encrypt(_plaintext(3 * CHUNK), key))
    for i, j in [(0, 1), (1, 2), (0, 2)]:
        swapped = list(chunks)
        swapped[i], swapped[j] = swapped[j], swapped[i]
        _assert_corrupt(header + b"".join(swapped), key)


def test_dropped_chunk_is_rejected(key: bytes) -> None:
    header, chunks = _chunks_of(_encrypt(_plaintext(3 * CHUNK), key))
    for i in range(len(chunks)):
        _assert_corrupt(header + b"".join(chunks[:i] + chunks[i + 1 :]), key)


def test_every_single_byte_flip_is_rejected(key: bytes) -> None:
    blob = _encrypt(_plaintext(2 * CHUNK + 100), key)
    assert len(_chunks_of(blob)[1]) == 3
    survivors = []
    for position in range(len(blob)):
        mutated = bytearray(blob)
        mutated[position] ^= 0x01
        try:
            _decrypt(bytes(mutated), key)
        except ExhibitCorrupt:
            continue
        survivors.append(position)  # any other exception type propagates and fails
    assert survivors == []


# --- header ----------------------------------------------------------------


def _with(blob: bytes, offset: int, replacement: bytes) -> bytes:
    return blob[:offset] + replacement + blob[offset + len(replacement) :]


def test_bad_header_fields_are_rejected(key: bytes) -> None:
    blob = _encrypt(_plaintext(CHUNK + 1), key)
    assert _assert_corrupt(_with(blob, 0, b"FKEXHIB2"), key).message.startswith("This is not")
    assert "version 2" in _assert_corrupt(_with(blob, 8, b"\x02"), key).message
    _assert_corrupt(_with(blob, 8, b"\x00"), key)
    _assert_corrupt(_with(blob, 9, b"\x01"), key)
    for size in (0, 4095, 4 * 1024 * 1024 + 1, 0xFFFFFFFF):
        error = _assert_corrupt(_with(blob, 10, struct.pack(">I", size)), key)
        assert "chunk size" in error.message
    # A different but legal chunk size is caught by authentication.
    _assert_corrupt(_with(blob, 10, struct.pack(">I", 8192)), key)


@pytest.mark.parametrize("length", [0, 1, 8, 14, HEADER_BYTES - 1, HEADER_BYTES])
def test_short_files_are_rejected(key: bytes, length: int) -> None:
    blob = _encrypt(b"", key)
    _assert_corrupt(blob[:length], key)


# --- tags and canonical form (forged with the raw bindings) -----------------


def test_forged_file_following_the_spec_decrypts(key: bytes) -> None:
    a, b = _plaintext(CHUNK), _plaintext(5)
    blob = _forge(
        [
            (a, TAG_MESSAGE),
            (b, TAG_FINAL),
        ],
        key,
    )
    assert _decrypt(blob, key) == a + b


@pytest.mark.parametrize(
    "tag",
    [TAG_PUSH, TAG_REKEY],
)
def test_other_tags_are_rejected(key: bytes, tag: int) -> None:
    middle = _forge(
        [
            (_plaintext(CHUNK), tag),
            (_plaintext(5), TAG_FINAL),
        ],
        key,
    )
    assert "tag" in _assert_corrupt(middle, key).message
    last = _forge([(_plaintext(5), tag)], key)
    _assert_corrupt(last, key)


def test_final_tag_before_the_end_is_rejected(key: bytes) -> None:
    blob = _forge(
        [
            (_plaintext(CHUNK), TAG_FINAL),
            (_plaintext(5), TAG_FINAL),
        ],
        key,
    )
    assert "after the end" in _assert_corrupt(blob, key).message


def test_empty_final_chunk_after_full_chunks_is_rejected(key: bytes) -> None:
    blob = _forge(
        [
            (_plaintext(CHUNK), TAG_MESSAGE),
            (b"", TAG_FINAL),
        ],
        key,
    )
    _assert_corrupt(blob, key)


def test_short_non_final_chunk_is_rejected(key: bytes) -> None:
    # A short chunk swallows the next one into its block, so authentication fails.
    blob = _forge(
        [
            (_plaintext(100), TAG_MESSAGE),
            (_plaintext(100), TAG_FINAL),
        ],
        key,
    )
    _assert_corrupt(blob, key)


# --- decrypt_to and read_all ------------------------------------------------


def test_decrypt_to_checks_expected_hash(key: bytes) -> None:
    data = _plaintext(CHUNK + 3)
    blob = _encrypt(data, key)
    good = hashlib.sha256(data).hexdigest()
    assert decrypt_to(io.BytesIO(blob), io.BytesIO(), key, context=CONTEXT, expected_sha256=good)
    assert decrypt_to(
        io.BytesIO(blob), io.BytesIO(), key, context=CONTEXT, expected_sha256=good.upper()
    )
    with pytest.raises(ExhibitCorrupt, match="hash"):
        decrypt_to(
            io.BytesIO(blob),
            io.BytesIO(),
            key,
            context=CONTEXT,
            expected_sha256=hashlib.sha256(b"other").hexdigest(),
        )


def test_decrypt_to_can_be_cancelled(key: bytes) -> None:
    blob = _encrypt(_plaintext(3 * CHUNK), key)
    with pytest.raises(OperationCancelled):
        decrypt_to(io.BytesIO(blob), io.BytesIO(), key, context=CONTEXT, cancelled=lambda: True)


def test_read_all_enforces_max_bytes(key: bytes) -> None:
    data = _plaintext(2 * CHUNK + 1)
    blob = _encrypt(data, key)
    assert read_all(io.BytesIO(blob), key, context=CONTEXT, max_bytes=len(data)) == data
    with pytest.raises(ExhibitTooLarge) as info:
        read_all(io.BytesIO(blob), key, context=CONTEXT, max_bytes=len(data) - 1)
    assert isinstance(info.value, FieldKitError)
    assert info.value.code == "exhibit.too_large"


# --- files, cancellation, atomicity ----------------------------------------


def test_encrypt_file_round_trip_and_mode(tmp_path: Path, key: bytes) -> None:
    source = tmp_path / "photo.jpg"
    data = _plaintext(2 * CHUNK + 9)
    source.write_bytes(data)
    dest = tmp_path / "exhibit.bin"
    result = encrypt_file(source, dest, key, context=CONTEXT, chunk_size=CHUNK)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.ciphertext_size == dest.stat().st_size
    if POSIX:
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    with dest.open("rb") as handle:
        assert read_all(handle, key, context=CONTEXT, max_bytes=len(data)) == data
    assert _no_temp_files(tmp_path)


@pytest.mark.parametrize("existing", [False, True])
def test_cancelled_encrypt_file_leaves_nothing(tmp_path: Path, key: bytes, existing: bool) -> None:
    source = tmp_path / "audio.wav"
    source.write_bytes(_plaintext(4 * CHUNK))
    dest = tmp_path / "exhibit.bin"
    if existing:
        dest.write_bytes(b"previous")
    seen: list[int] = []

    with pytest.raises(OperationCancelled) as info:
        encrypt_file(
            source,
            dest,
            key,
            context=CONTEXT,
            chunk_size=CHUNK,
            progress=seen.append,
            cancelled=lambda: len(seen) >= 2,
        )
    assert info.value.code == "operation.cancelled"
    assert seen == [CHUNK, 2 * CHUNK]
    if existing:
        assert dest.read_bytes() == b"previous"
    else:
        assert not dest.exists()
    assert _no_temp_files(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["audio.wav"] + (["exhibit.bin"] if existing else [])
    )


def test_cancelled_before_start(key: bytes) -> None:
    with pytest.raises(OperationCancelled):
        encrypt_stream(io.BytesIO(b""), io.BytesIO(), key, context=CONTEXT, cancelled=lambda: True)


def test_atomic_write_bytes_replaces(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    target.write_bytes(b"old")
    if POSIX:
        target.chmod(0o644)
    atomic_write_bytes(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    if POSIX:
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["vault.key"]


def test_atomic_writer_temp_file_is_private_and_named(tmp_path: Path) -> None:
    target = tmp_path / "exhibit.bin"
    with atomic_writer(target) as handle:
        temps = [p for p in tmp_path.iterdir() if p != target]
        assert len(temps) == 1
        assert temps[0].name.startswith(".exhibit.bin.")
        assert temps[0].name.endswith(".partial")
        if POSIX:
            assert stat.S_IMODE(temps[0].stat().st_mode) == 0o600
        assert not target.exists()
        handle.write(b"data")
    assert target.read_bytes() == b"data"
    assert _no_temp_files(tmp_path)


def test_atomic_writer_error_leaves_original(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    target.write_bytes(b"original")
    with pytest.raises(RuntimeError, match="boom"), atomic_writer(target) as handle:
        handle.write(b"half written")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["vault.key"]


# --- the test vectors in docs/exhibit-format.md ----------------------------


def _doc_vectors() -> list[dict[str, str]]:
    vectors = []
    for block in re.findall(r"```text\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S):
        fields: dict[str, str] = {}
        name = ""
        for line in block.splitlines():
            match = re.fullmatch(r"([a-z0-9-]+):\s*(.*)", line)
            if match:
                name = match.group(1)
                fields[name] = match.group(2).replace(" ", "")
            else:
                fields[name] += line.strip()
        vectors.append(fields)
    return vectors


def test_documented_vectors_decrypt() -> None:
    vectors = _doc_vectors()
    assert len(vectors) == 3
    for vector in vectors:
        if "plaintext-mod251-length" in vector:
            expected = bytes(i % 251 for i in range(int(vector["plaintext-mod251-length"])))
        else:
            expected = bytes.fromhex(vector["plaintext-hex"])
        blob = bytes.fromhex(vector["file-hex"])
        assert blob[10:14] == struct.pack(">I", int(vector["chunk-size"]))
        key = bytes.fromhex(vector["key"])
        context = bytes.fromhex(vector["context-hex"])
        out = io.BytesIO()
        digest = decrypt_to(
            io.BytesIO(blob), out, key, context=context, expected_sha256=vector["sha256"]
        )
        assert out.getvalue() == expected
        assert digest == hashlib.sha256(expected).hexdigest()
        _assert_corrupt(blob, key, context=context + b"!")
