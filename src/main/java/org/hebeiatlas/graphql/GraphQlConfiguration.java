package org.hebeiatlas.graphql;

import graphql.execution.instrumentation.fieldvalidation.FieldValidationInstrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GraphQL execution settings shared by all features.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	FieldValidationInstrumentation argumentsValidationInstrumentation() {
		return new FieldValidationInstrumentation(new ArgumentsValidation());
	}

}
