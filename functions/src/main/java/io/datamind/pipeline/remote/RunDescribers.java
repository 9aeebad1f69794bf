package io.datamind.pipeline.remote;

import io.datamind.describe.heuristic.HeuristicDescriber;
import io.datamind.describe.llm.DescriberSetup;

/** Which describer documents a run: the deployment's configured one, unless the run's options ask otherwise. */
public interface RunDescribers {

    DescriberSetup.Built forRun(RequestOptions options);

    /** Model tokens the run may spend: its own option, else the deployment's default; 0 for no limit. */
    default long tokenBudget(RequestOptions options) {
        return options.tokenBudget() == null ? 0 : options.tokenBudget();
    }

    /** Every run described offline, as before models were configurable. */
    static RunDescribers heuristicOnly() {
        DescriberSetup.Built heuristic = new DescriberSetup.Built(new HeuristicDescriber(), "heuristic", null);
        return options -> heuristic;
    }
}
