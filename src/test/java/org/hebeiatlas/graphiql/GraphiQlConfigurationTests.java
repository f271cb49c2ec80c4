package org.hebeiatlas.graphiql;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's property switches the Atlas's GraphiQL off, as it does Boot's own page.
 */
class GraphiQlConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(GraphiQlConfiguration.class);

	@Test
	void shouldBeOffUnlessEnabled() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean("graphiQlRouterFunction"));
		this.runner.withPropertyValues("spring.graphql.graphiql.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("graphiQlRouterFunction"));
	}

}
