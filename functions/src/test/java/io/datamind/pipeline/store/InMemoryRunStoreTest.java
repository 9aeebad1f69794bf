package io.datamind.pipeline.store;

class InMemoryRunStoreTest extends RunStoreContract {

    @Override
    protected RunStore newStore() {
        return new InMemoryRunStore();
    }
}
