package org.hebeiatlas.graphql.limits;

import java.time.Duration;
import java.util.List;

import graphql.ExecutionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Ends a request that runs longer than the timeout with a {@code BAD_REQUEST} error naming the limit. Ending it cancels
 * the execution, which graphql-java then stops before the next field; a data fetcher already running is not
 * interrupted.
 */
class RequestTimeoutInterceptor implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(RequestTimeoutInterceptor.class);

	private final Duration timeout;

	RequestTimeoutInterceptor(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).timeout(this.timeout, Mono.fromSupplier(() -> timedOut(request)));
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		logger.warn("Request {} (operation {}) ran longer than {} and was cancelled", request.getId(),
				request.getOperationName(), this.timeout);
		LimitExceeded limit = new LimitExceeded("timeout", "Request time", format(this.timeout));
		ExecutionResult result = ExecutionResult.newExecutionResult().errors(List.of(limit.toError())).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	static String format(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

}
