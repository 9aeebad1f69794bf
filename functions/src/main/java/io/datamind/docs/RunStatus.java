package io.datamind.docs;

/** PARTIAL: some tables failed; they appear in the output with their error. */
public enum RunStatus { SUCCEEDED, PARTIAL, FAILED }
