package io.datamind.classify;

public enum PiiCategory { NONE, CONTACT, IDENTITY, FINANCIAL, HEALTH, CREDENTIALS, LOCATION, DEMOGRAPHIC }
