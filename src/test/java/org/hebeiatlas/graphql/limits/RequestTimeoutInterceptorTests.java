package org.hebeiatlas.graphql.limits;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor.Chain;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTimeoutInterceptorTests {

	private final WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"),
			new HttpHeaders(), null, null, Map.of(), Map.of("query", "{ province { name } }"), "1", null);

	@Test
	void shouldEndAndCancelARequestThatRunsTooLong() {
		AtomicBoolean cancelled = new AtomicBoolean();
		Chain endless = (request) -> Mono.<WebGraphQlResponse>never().doOnCancel(() -> cancelled.set(true));

		WebGraphQlResponse response = new RequestTimeoutInterceptor(Duration.ofMillis(20)).intercept(this.request, endless)
			.block();

		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage())
				.isEqualTo("Request time exceeds the limit of 20ms (atlas.graphql.limits.timeout).");
			assertThat(error.getExtensions()).containsEntry("limit", "atlas.graphql.limits.timeout");
		});
		assertThat(response.isValid()).isFalse();
		assertThat(cancelled).isTrue();
	}

	@Test
	void shouldPassOnAResponseInTime() {
		WebGraphQlResponse answer = new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
				this.request.toExecutionInput(), ExecutionResult.newExecutionResult().data(Map.of()).build()));

		WebGraphQlResponse response = new RequestTimeoutInterceptor(Duration.ofMinutes(1))
			.intercept(this.request, (request) -> Mono.just(answer))
			.block();

		assertThat(response).isSameAs(answer);
	}

	@Test
	void shouldNameTheLimitInItsUnit() {
		assertThat(RequestTimeoutInterceptor.format(Duration.ofSeconds(10))).isEqualTo("10s");
		assertThat(RequestTimeoutInterceptor.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
	}

}
