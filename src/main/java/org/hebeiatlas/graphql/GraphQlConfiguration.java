package org.hebeiatlas.graphql;

import graphql.execution.instrumentation.fieldvalidation.FieldValidationInstrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * GraphQL execution settings shared by all features.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	// Before the request limits, so that a page size out of range is reported as such rather than as too costly.
	@Bean
	@Order(0)
	FieldValidationInstrumentation argumentsValidationInstrumentation() {
		return new FieldValidationInstrumentation(new ArgumentsValidation());
	}

}
