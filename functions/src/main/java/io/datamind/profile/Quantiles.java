package io.datamind.profile;

public record Quantiles(double p1, double p5, double p25, double p50, double p75, double p95, double p99, boolean exact) {
}
