"""A small decoder-only transformer (GPT-2 style: pre-LayerNorm, learned absolute positions,
causal self-attention, GELU MLP, tied input/output embeddings).

`GPT.forward` is the training path. `GPTStep` is the inference path exported to ONNX: it takes
the KV cache of earlier tokens as inputs and returns logits plus only the *new* keys and
values; the caller appends them to its cache (cheaper than copying the whole cache through
the graph in onnxruntime-web, measured in ../shared/notes/ml-on-cpu.md).
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass(frozen=True)
class GPTConfig:
    vocab: int = 2048
    ctx: int = 512
    d: int = 192
    n_layer: int = 6
    n_head: int = 6

    def to_json(self) -> dict:
        return asdict(self)


class Block(nn.Module):
    def __init__(self, cfg: GPTConfig):
        super().__init__()
        self.n_head, self.head_dim = cfg.n_head, cfg.d // cfg.n_head
        self.ln1 = nn.LayerNorm(cfg.d)
        self.qkv = nn.Linear(cfg.d, 3 * cfg.d)
        self.proj = nn.Linear(cfg.d, cfg.d)
        self.ln2 = nn.LayerNorm(cfg.d)
        self.fc = nn.Linear(cfg.d, 4 * cfg.d)
        self.fc2 = nn.Linear(4 * cfg.d, cfg.d)

    def heads(self, x: torch.Tensor) -> torch.Tensor:
        """[B, T, C] -> [B, heads, T, head_dim]"""
        B, T, _ = x.shape
        return x.view(B, T, self.n_head, self.head_dim).transpose(1, 2)

    def mlp(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(F.gelu(self.fc(self.ln2(x))))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        B, T, C = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(C, dim=2)
        y = F.scaled_dot_product_attention(self.heads(q), self.heads(k), self.heads(v), is_causal=True)
        x = x + self.proj(y.transpose(1, 2).reshape(B, T, C))
        return x + self.mlp(x)


class GPT(nn.Module):
    def __init__(self, cfg: GPTConfig):
        super().__init__()
        self.cfg = cfg
        self.wte = nn.Embedding(cfg.vocab, cfg.d)
        self.wpe = nn.Embedding(cfg.ctx, cfg.d)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layer))
        self.lnf = nn.LayerNorm(cfg.d)
        self.apply(self._init)
        for b in self.blocks:  # GPT-2: scale the residual projections by depth
            nn.init.normal_(b.proj.weight, std=0.02 / math.sqrt(2 * cfg.n_layer))
            nn.init.normal_(b.fc2.weight, std=0.02 / math.sqrt(2 * cfg.n_layer))

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, std=0.02)
            nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, std=0.02)

    def n_params(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def forward(self, idx: torch.Tensor) -> torch.Tensor:
        """idx [B, T] -> logits [B, T, vocab]"""
        T = idx.shape[1]
        x = self.wte(idx) + self.wpe(torch.arange(T, device=idx.device))[None]
        for b in self.blocks:
            x = b(x)
        return self.lnf(x) @ self.wte.weight.t()


class GPTStep(nn.Module):
    """Incremental decoding for export: batch 1, `T` new tokens after `P` cached ones.

    inputs : input_ids [1, T] int64, past_key_i / past_value_i [1, heads, P, head_dim] per layer
             (P may be 0: one graph serves prefill and decode; positions are P..P+T-1)
    outputs: logits [1, T, vocab], new_key_i / new_value_i [1, heads, T, head_dim]
    Attention is split into a past part and a new part so the graph never concatenates the cache.
    """

    def __init__(self, gpt: GPT):
        super().__init__()
        self.g = gpt

    def forward(self, input_ids: torch.Tensor, *past: torch.Tensor):
        g = self.g
        T = input_ids.shape[1]
        P = past[0].shape[2]
        x = g.wte(input_ids) + g.wpe(torch.arange(T) + P)[None]
        # new token i may see new token j iff j <= i (a large finite negative, not -inf: no NaN rows)
        causal = torch.ones(T, T).triu(1) * -1e9
        news = []
        for i, b in enumerate(g.blocks):
            pk, pv = past[2 * i], past[2 * i + 1]
            h = b.ln1(x)
            C = h.shape[2]
            q, k, v = (b.heads(t) for t in b.qkv(h).split(C, dim=2))
            scale = 1.0 / math.sqrt(b.head_dim)
            s_past = torch.matmul(q, pk.transpose(-1, -2)) * scale  # [1, h, T, P]
            s_new = torch.matmul(q, k.transpose(-1, -2)) * scale + causal  # [1, h, T, T]
            att = torch.softmax(torch.cat([s_past, s_new], -1), -1)
            y = torch.matmul(att[..., :P], pv) + torch.matmul(att[..., P:], v)
            x = x + b.proj(y.transpose(1, 2).reshape(1, T, C))
            x = x + b.mlp(x)
            news += [k, v]
        return (g.lnf(x) @ g.wte.weight.t(), *news)
