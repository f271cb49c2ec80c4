package org.hebeiatlas.graphql;

import java.util.List;

import graphql.execution.instrumentation.fieldvalidation.FieldValidationInstrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * GraphQL execution settings shared by all features.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/**
	 * Checks arguments before anything runs: the paging arguments of every connection, and whatever features add as
	 * {@link ArgumentCheck} beans. A request with a bad argument is refused whole, with a {@code BAD_REQUEST} error.
	 */
	// Before the request limits, so that a page size out of range is reported as such rather than as too costly.
	@Bean
	@Order(0)
	FieldValidationInstrumentation argumentsValidationInstrumentation(List<ArgumentCheck> checks) {
		return new FieldValidationInstrumentation(new ArgumentsValidation(checks));
	}

}
