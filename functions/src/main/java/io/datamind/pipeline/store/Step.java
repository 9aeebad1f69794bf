package io.datamind.pipeline.store;

/** A per-table unit of work whose result is kept for the run; FAILURE records why a table could not be documented. */
public enum Step { SCAN, PROFILE, DESCRIBE, FAILURE }
