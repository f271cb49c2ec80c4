package org.hebeiatlas.graphql;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor.Chain;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureInterceptorTests {

	@Test
	void shouldTurnAnEscapedFailureIntoAnOpaqueInternalErrorWhoseIdIsLogged(CapturedOutput output) {
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				null, null, Map.of(), Map.of("query", "{ province { name } }"), "1", null);
		Chain failingChain = (failing) -> Mono.error(new IllegalStateException("secret table name in message"));

		WebGraphQlResponse response = new UnexpectedFailureInterceptor().intercept(request, failingChain).block();

		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
			assertThat(error.getMessage()).startsWith("INTERNAL_ERROR for ").doesNotContain("secret");
			String id = error.getMessage().substring("INTERNAL_ERROR for ".length());
			assertThat(output).contains("(error id " + id + ")").contains("secret table name in message");
		});
		assertThat(response.toMap()).doesNotContainKey("data");
	}

}
