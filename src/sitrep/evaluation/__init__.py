"""Evaluation against third-party gold data: one module per kind of gold (geoparsing corpora, ACLED rows, casualty
counts, story clusters). Each returns a plain dict of metric name → value plus counts; the CLI prints it."""
