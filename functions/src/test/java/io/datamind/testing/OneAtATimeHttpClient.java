package io.datamind.testing;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends one request at a time through the wrapped client. moto answers only after it has fully handled a request,
 * so holding a lock for the duration of the exchange makes each request atomic on the emulator, as every request is
 * on DynamoDB. Needed because moto's threaded server does read-modify-write updates and transaction rollbacks
 * without locking, which loses concurrent writes that DynamoDB would keep.
 */
final class OneAtATimeHttpClient implements SdkHttpClient {

    private final SdkHttpClient delegate;
    private final ReentrantLock lock = new ReentrantLock(true);

    OneAtATimeHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest exchange = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                lock.lock();
                try {
                    return exchange.call();
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public void abort() {
                exchange.abort();
            }
        };
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
