"""The real-code dev set (model selection only, never training): see build.py."""
