package io.datamind.api;

import java.net.URI;
import java.time.Instant;

/** A time-limited URL that downloads one document without further credentials. */
public record DocumentLink(URI url, Instant expiresAt) {
}
