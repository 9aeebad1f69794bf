package io.datamind.bench;

/** Command-line options of {@link WorkloadGenerator}. */
record WorkloadOptions(String url, String schema, int tables, long seed, int maxRows, long bigRows, boolean skipBig,
                       boolean force, int threads) {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    static WorkloadOptions parse(String... args) {
        String url = System.getenv().getOrDefault("DATAMIND_TEST_PG_URL", DEFAULT_URL);
        String schema = "dm_scale";
        int tables = 500;
        long seed = 20261123L;
        int maxRows = 50_000;
        long bigRows = 10_000_000L;
        boolean skipBig = false;
        boolean force = false;
        int threads = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--schema" -> schema = args[++i];
                case "--tables" -> tables = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--max-rows" -> maxRows = Integer.parseInt(args[++i]);
                case "--big-rows" -> bigRows = Long.parseLong(args[++i]);
                case "--skip-big" -> skipBig = true;
                case "--only-big" -> tables = 0; // an empty schema plus big_10m: benchmark 2 without the 500 tables
                case "--force" -> force = true;
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --url --schema --tables --seed --max-rows --big-rows --skip-big --only-big --force --threads");
            }
        }
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema must be a plain lower-case identifier: " + schema);
        }
        return new WorkloadOptions(url, schema, tables, seed, maxRows, skipBig ? 0 : bigRows, skipBig, force, threads);
    }
}
