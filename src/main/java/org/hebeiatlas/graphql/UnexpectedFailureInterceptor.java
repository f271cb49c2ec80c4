package org.hebeiatlas.graphql;

import java.util.List;
import java.util.UUID;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The last line of defence: a failure that escapes GraphQL execution (rather than a data fetcher) becomes an opaque
 * {@code INTERNAL_ERROR} whose id is also in the server log, instead of an HTTP 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnexpectedFailureInterceptor implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(UnexpectedFailureInterceptor.class);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).onErrorResume((failure) -> {
			String errorId = UUID.randomUUID().toString();
			logger.error("Request {} failed unexpectedly (error id {})", request.getId(), errorId, failure);
			ExecutionResult result = ExecutionResult.newExecutionResult()
				.errors(List.of(GraphqlErrorBuilder.newError()
					.errorType(ErrorType.INTERNAL_ERROR)
					.message("INTERNAL_ERROR for " + errorId)
					.build()))
				.build();
			return Mono.just(new WebGraphQlResponse(
					new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		});
	}

}
