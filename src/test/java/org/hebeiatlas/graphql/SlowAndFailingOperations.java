package org.hebeiatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Two test-only query fields: {@code slow}, which answers after a minute, and {@code failing}, which throws an
 * exception whose message must never reach a client.
 */
@TestConfiguration(proxyBeanMethods = false)
class SlowAndFailingOperations {

	/** What the failing field's exception says; no part of it may reach a client. */
	static final String SECRET = "SQL error in table ATLAS_SECRET, see org.hibernate";

	// language=GraphQL
	private static final String SCHEMA = """
			extend type Query {
			  "Answers after a minute."
			  slow: String
			  "Fails with an unexpected exception."
			  failing: String
			}
			""";

	@Bean
	GraphQlSourceBuilderCustomizer slowAndFailingSchema() {
		return (builder) -> builder.schemaResources(
				new ByteArrayResource(SCHEMA.getBytes(StandardCharsets.UTF_8), "slow and failing test fields"));
	}

	@Bean
	RuntimeWiringConfigurer slowAndFailingFetchers() {
		return (wiring) -> wiring.type("Query",
				(type) -> type.dataFetcher("slow", (environment) -> Mono.delay(Duration.ofMinutes(1)).thenReturn("late"))
					.dataFetcher("failing", (environment) -> {
						throw new IllegalStateException(SECRET);
					}));
	}

}
